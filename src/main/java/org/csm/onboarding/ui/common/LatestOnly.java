package org.csm.onboarding.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.csm.onboarding.engine.Progress;

/// Work of which only the newest request counts, such as filtering a million accounts as the
/// user types: each request supersedes the one before, which stops at its next progress check
/// and whose result is dropped, so typing fast never queues seconds of stale work. Requests are
/// made and answered on the FX thread; [#busyProperty] is true until the newest has answered.
public final class LatestOnly {

    private final Executor background;
    private final boolean sameThread;
    private final AtomicLong newest = new AtomicLong();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private LatestOnly(Executor background, boolean sameThread) {
        this.background = background;
        this.sameThread = sameThread;
    }

    /// Runs the work on `background`, one request after the other (a superseded one that has not
    /// started yet returns at once).
    public static LatestOnly on(Executor background) {
        return new LatestOnly(background, false);
    }

    /// Runs each request at once on the calling thread (tests, where the result must be there
    /// before the next assertion).
    public static LatestOnly sameThread() {
        return new LatestOnly(Runnable::run, true);
    }

    /// Starts `work`, superseding any earlier request; `onDone` or `onFailed` runs on the FX
    /// thread only if no newer request was made meanwhile.
    public <T> void run(TaskRunner.Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        long mine = newest.incrementAndGet();
        busy.set(true);
        Progress progress = new Progress() {
            @Override
            public void update(String step, long done, long total) {
                // only the newest counts: nothing to show per step
            }

            @Override
            public boolean isCancelled() {
                return newest.get() != mine;
            }
        };
        background.execute(() -> {
            if (progress.isCancelled()) {
                return;
            }
            Runnable answer;
            try {
                T value = work.call(progress);
                answer = () -> onDone.accept(value);
            } catch (org.csm.onboarding.engine.CancelledException superseded) {
                return;
            } catch (Exception | Error e) {
                answer = () -> onFailed.accept(e);
            }
            Runnable deliver = answer;
            Runnable onFx = () -> {
                if (newest.get() == mine) {
                    busy.set(false);
                    deliver.run();
                }
            };
            if (sameThread) {
                onFx.run();
            } else {
                Platform.runLater(onFx);
            }
        });
    }

    /// Drops every request made so far (its answer will not come): the caller has the result
    /// already, on the FX thread.
    public void supersede() {
        newest.incrementAndGet();
        busy.set(false);
    }

    /// True from a request until the newest one has answered.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
