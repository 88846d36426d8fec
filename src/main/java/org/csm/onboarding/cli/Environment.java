package org.csm.onboarding.cli;

import java.nio.file.Path;
import java.util.Map;

/// What the command line needs from the application around it: where data lives and how to
/// start the log. Passed in by `app.Main`, so the command line has no dependency on the wiring.
public interface Environment {

    /// The data folder: `override` (from `--db`) when given, else the OS convention.
    Path dataDir(Path override);

    /// The environment variables (`ONBOARDING_DB_URL`, `PGUSER`, `PGPASSWORD`).
    default Map<String, String> variables() {
        return System.getenv();
    }

    /// The desktop UI's pause probe for `bench --fx-pause`, when the desktop side is there.
    default java.util.Optional<PauseProbe> pauseProbe() {
        return java.util.Optional.empty();
    }

    /// Starts file logging in the data folder; returns the log folder (null when it cannot be written).
    Path startLogging(Path dataDir);
}
