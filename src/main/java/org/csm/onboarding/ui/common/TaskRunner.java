package org.csm.onboarding.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import org.csm.onboarding.engine.Progress;

/// Runs long work (reading, importing, rescoring) off the FX thread and reports back on it.
/// The UI binds a progress bar and a Cancel button to the properties; tests use
/// [SameThreadRunner] so every step is deterministic.
public interface TaskRunner {

    /// Work that reports progress and stops when cancelled.
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /// Starts `work`; exactly one of `onDone` / `onFailed` is later called on the FX thread
    /// (a cancel arrives at `onFailed` as [org.csm.onboarding.engine.CancelledException]).
    <T> void run(String phase, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    ReadOnlyBooleanProperty runningProperty();

    /// 0-1, or -1 when the total is unknown.
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    void cancel();

    /// A lane for work where only the newest request counts (filtering as the user types), apart
    /// from the work [#run] queues, so a search never waits behind an import.
    LatestOnly latestOnly();
}
