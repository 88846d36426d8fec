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
}
