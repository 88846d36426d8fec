package org.csm.onboarding.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/// Where the app keeps its data, by each OS's convention, unless `--db DIR` or the
/// `ONBOARDING_DATA_DIR` environment variable says otherwise:
/// Linux `$XDG_DATA_HOME/csm-onboarding` (default `~/.local/share/csm-onboarding`),
/// macOS `~/Library/Application Support/CSM Onboarding`, Windows `%APPDATA%\CSM Onboarding`.
public final class AppPaths {

    private AppPaths() {
    }

    public static Path dataDir(Path override) {
        return override != null ? override.toAbsolutePath() : defaultDataDir(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static Path defaultDataDir(Map<String, String> env, String osName, Path home) {
        String explicit = env.get("ONBOARDING_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("CSM Onboarding");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("CSM Onboarding");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("csm-onboarding");
    }

    public static Path logDir(Path dataDir) {
        return dataDir.resolve("logs");
    }
}
