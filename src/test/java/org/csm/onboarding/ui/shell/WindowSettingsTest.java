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
