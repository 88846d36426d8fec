package org.csm.onboarding.ui.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowSettingsTest {

    @TempDir
    Path dir;

    @Test
    void boundsThemeAndLastWorkspaceSurviveARestart() {
        WindowSettings.defaults(980, 720).withBounds(120, 80, 1200, 800, true).withDark(true).withLastWorkspace("acme").save(dir);

        WindowSettings loaded = WindowSettings.load(dir, 980, 720);

        assertEquals(new WindowSettings(120, 80, 1200, 800, true, true, "acme"), loaded);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "1920, 1040, 1536, 832",   // 80% of a laptop's full-HD screen
            "1366, 728, 1093, 700",    // 80% would be 582 high: never below 700
            "1280, 800, 1024, 700",    // 80% would be 1024x640
            "1000, 680, 1000, 680",    // a screen smaller than 1024x700: the whole screen
            "3840, 2100, 1680, 1050"}) // a 4K screen: bounded
    void aFirstStartOpensAtEightyPercentOfTheScreenWithinBounds(double sw, double sh, double w, double h) {
        double[] size = WindowRestore.initialSize(sw, sh);
        assertEquals(w, size[0]);
        assertEquals(h, size[1]);
    }

    @Test
    void aMissingFileGivesDefaults() {
        WindowSettings loaded = WindowSettings.load(dir, 980, 720);

        assertTrue(Double.isNaN(loaded.x()));
        assertEquals(980, loaded.width());
        assertEquals(null, loaded.lastWorkspace());
    }

    @Test
    void aDamagedFileGivesDefaultsInsteadOfFailingTheStart() throws Exception {
        Files.writeString(dir.resolve(WindowSettings.FILE_NAME), "{not json");

        WindowSettings loaded = WindowSettings.load(dir, 980, 720);

        assertEquals(WindowSettings.defaults(980, 720).width(), loaded.width());
        assertEquals(false, loaded.dark());
    }
}
