package org.csm.onboarding.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;

import org.csm.onboarding.cli.PauseProbe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/// The probe behind `bench --fx-pause` sees the UI thread stall: work that keeps the FX thread
/// busy for 300 ms shows as a pause of at least that, and its result comes back.
@Tag("gui")
class FxPauseProbeGuiTest {

    @Test
    void aBlockedUiThreadShowsAsThePauseAndTheWorkResultComesBack() throws Exception {
        PauseProbe.Result result = new FxPauseProbe().measure(progress -> {
            Thread.sleep(300); // pulses run freely first
            Platform.runLater(() -> sleep(300));
            Thread.sleep(700);
            return "done";
        });
        assertEquals("done", result.value());
        assertTrue(result.pulses() > 5, "pulses: " + result.pulses());
        assertTrue(result.maxPauseMillis() >= 290, "max pause " + result.maxPauseMillis() + " ms");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
