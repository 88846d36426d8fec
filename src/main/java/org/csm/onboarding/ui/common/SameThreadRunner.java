package org.csm.onboarding.ui.common;

import java.util.function.Consumer;


import org.csm.onboarding.engine.Progress;

/// Runs work immediately on the calling thread: for tests, where every step must have finished
/// before the next assertion.
public final class SameThreadRunner extends RunnerState {


    @Override
    public <T> void run(String phase, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        T value;
        try {
            value = work.call(Progress.NONE);
        } catch (Exception | Error e) {
            onFailed.accept(e);
            return;
        }
        onDone.accept(value);
    }

    @Override
    public LatestOnly latestOnly() {
        return LatestOnly.sameThread();
    }

    @Override
    public void cancel() {
        // nothing runs in the background
    }
}
