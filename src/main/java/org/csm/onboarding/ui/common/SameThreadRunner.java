package org.csm.onboarding.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.csm.onboarding.engine.Progress;

/// Runs work immediately on the calling thread: for tests, where every step must have finished
/// before the next assertion.
public final class SameThreadRunner implements TaskRunner {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

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
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void cancel() {
        // nothing runs in the background
    }
}
