package org.csm.onboarding.cli;

import org.csm.onboarding.engine.Progress;

import java.io.PrintStream;

/// Progress on stderr for long imports, at most a line every two seconds so logs stay readable.
final class ConsoleProgress implements Progress {

    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private long last = System.nanoTime();

    ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void update(String phase, long done, long total) {
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NANOS) {
            last = now;
            err.println(phase + ": " + done + (total > 0 ? " of " + total : ""));
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
