package org.csm.onboarding.app;

import java.util.concurrent.CountDownLatch;

import javafx.animation.AnimationTimer;

/// Longest time between two consecutive JavaFX pulses while measuring: how long a window would
/// have been frozen. Counts [#WARM_UP_PULSES] first, so JavaFX's own start-up is not a pause.
/// Its fields are read and written on the FX thread only.
final class GapTimer extends AnimationTimer {

    static final long WARM_UP_PULSES = 10;

    private final CountDownLatch warm = new CountDownLatch(1);
    private long last = -1;
    private long warmUp;
    boolean measuring;
    long maxGapNanos;
    long pulses;

    /// Waits (off the FX thread) until the timer has seen its warm-up pulses.
    void awaitWarm() throws InterruptedException {
        if (!warm.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX sent no pulses within 30 s");
        }
    }

    /// Starts a new measurement window from now (FX thread).
    void restart() {
        measuring = true;
        maxGapNanos = 0;
        pulses = 0;
        last = System.nanoTime();
    }

    @Override
    public void handle(long now) {
        long t = System.nanoTime();
        if (measuring) {
            maxGapNanos = Math.max(maxGapNanos, t - last);
            pulses++;
        } else if (++warmUp == WARM_UP_PULSES) {
            warm.countDown();
        }
        last = t;
    }
}
