package org.csm.onboarding.cli;

import org.csm.onboarding.engine.Progress;

/// Measures how long the desktop app's UI thread can go without a frame while `work` runs in
/// the background the way the app runs it (the `fx_pause` stage of `bench`). The desktop side
/// provides it through [Environment#pauseProbe()], so the command line needs no JavaFX.
public interface PauseProbe {

    /// What `work` returned and the longest gap between two UI pulses while it ran.
    record Result(Object value, double maxPauseMillis, long pulses) {
    }

    /// The work, given the progress the app's task runner reports to its progress bar.
    @FunctionalInterface
    interface Work {
        Object call(Progress progress) throws Exception;
    }

    Result measure(Work work) throws Exception;

    /// Per dashboard action (open, sort, search, filter, select, charts): the longest UI-thread
    /// pause and the time until the screen showed the result, in milliseconds.
    record Dashboard(java.util.Map<String, Double> maxPauseMs, java.util.Map<String, Double> doneMs) {
    }

    /// Opens the desktop app's dashboard on `workspace` and times what a CSM does on it (stage
    /// `dashboard_fx_pause` of `bench`).
    Dashboard dashboard(org.csm.onboarding.store.Store store, String workspace) throws Exception;
}
