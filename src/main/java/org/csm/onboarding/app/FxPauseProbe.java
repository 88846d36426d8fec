package org.csm.onboarding.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

import org.csm.onboarding.cli.PauseProbe;
import org.csm.onboarding.ui.common.FxTaskRunner;

/// The `fx_pause` stage of `bench`: starts JavaFX (the Headless platform unless a display
/// platform was chosen), runs the work through the app's own task runner exactly as the wizard
/// runs an import (its progress and message bound on the FX thread), and records the longest gap
/// between two pulses of an [AnimationTimer] meanwhile: how long the window would be frozen.
/// No stage is shown: the headless software renderer's own frame time is not the app's.
final class FxPauseProbe implements PauseProbe {

    @Override
    public Result measure(Work work) throws Exception {
        startFx();
        var done = new CompletableFuture<Object>();
        var timer = new GapTimer();
        Platform.runLater(timer::start);
        timer.awaitWarm();
        Platform.runLater(() -> {
            var runner = new FxTaskRunner();
            var progress = new SimpleDoubleProperty();
            progress.bind(runner.progressProperty());
            var message = new SimpleStringProperty();
            message.bind(runner.messageProperty());
            timer.restart();
            runner.run("bench", work::call, value -> {
                timer.stop();
                done.complete(value);
            }, failure -> {
                timer.stop();
                done.completeExceptionally(failure);
            });
        });
        Object value;
        try {
            value = done.get();
        } catch (java.util.concurrent.ExecutionException e) {
            // The work's own failure (an OutOfMemoryError the bench reports as such), unwrapped.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        return new Result(value, timer.maxGapNanos / 1e6, timer.pulses);
    }

    @Override
    public Dashboard dashboard(org.csm.onboarding.store.Store store, String workspace) throws Exception {
        return new FxDashboardProbe().measure(store, workspace);
    }

    static void startFx() throws InterruptedException {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        var started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start within 30 s");
        }
    }
}
