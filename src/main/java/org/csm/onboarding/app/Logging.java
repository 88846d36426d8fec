package org.csm.onboarding.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/// Sends all logging (ours, POI's through log4j-to-jul, H2's) to a rolling file in the data
/// folder and nowhere else: the user sees messages, the log keeps the details.
public final class Logging {

    private static final int FILE_LIMIT_BYTES = 2 * 1024 * 1024;
    private static final int FILE_COUNT = 5;

    private Logging() {
    }

    /// Returns the log folder, or null when it cannot be written (logging then stays off).
    public static Path configure(Path dataDir) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        Path dir = AppPaths.logDir(dataDir);
        try {
            Files.createDirectories(dir);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            FileHandler handler = new FileHandler(dir.resolve("onboarding-%g.log").toString(), FILE_LIMIT_BYTES, FILE_COUNT, true);
            handler.setFormatter(new SimpleFormatter());
            // A log that cannot be written (disk full, folder gone) loses its lines quietly: JUL's
            // default ErrorManager would print a stack trace on the user's terminal instead.
            handler.setErrorManager(new ErrorManager() {
                @Override
                public synchronized void error(String msg, Exception ex, int code) {
                    // the user sees the app's own message for the failure that filled the disk
                }
            });
            root.addHandler(handler);
            return dir;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
