package org.csm.onboarding.ui.shell;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/// What the app remembers between runs: window bounds, theme and the last workspace, kept as
/// JSON in the data folder. A missing or unreadable file just means defaults.
public record WindowSettings(double x, double y, double width, double height, boolean maximized, boolean dark,
                             String lastWorkspace) {

    private static final Logger LOG = Logger.getLogger(WindowSettings.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FILE_NAME = "window.json";

    public static WindowSettings defaults(double width, double height) {
        return new WindowSettings(Double.NaN, Double.NaN, width, height, false, false, null);
    }

    public static WindowSettings load(Path dataDir, double width, double height) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return defaults(width, height);
        }
        try {
            return JSON.readValue(file.toFile(), WindowSettings.class);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Window settings unreadable, using defaults", e);
            return defaults(width, height);
        }
    }

    public void save(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            JSON.writeValue(dataDir.resolve(FILE_NAME).toFile(), this);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not save window settings", e);
        }
    }

    public WindowSettings withBounds(double newX, double newY, double newWidth, double newHeight, boolean newMaximized) {
        return new WindowSettings(newX, newY, newWidth, newHeight, newMaximized, dark, lastWorkspace);
    }

    public WindowSettings withDark(boolean newDark) {
        return new WindowSettings(x, y, width, height, maximized, newDark, lastWorkspace);
    }

    public WindowSettings withLastWorkspace(String workspace) {
        return new WindowSettings(x, y, width, height, maximized, dark, workspace);
    }
}
