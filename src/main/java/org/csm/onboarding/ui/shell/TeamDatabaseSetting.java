package org.csm.onboarding.ui.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.csm.onboarding.store.dialect.DbLocation;

/// Which database the app opens: `ONBOARDING_DB_URL` when set, else the team database chosen in
/// the app (its URL, never a password, in `team-database.url` in the data folder), else the
/// laptop's own H2 database in the data folder.
public final class TeamDatabaseSetting {

    private static final Logger LOG = Logger.getLogger(TeamDatabaseSetting.class.getName());
    static final String FILE_NAME = "team-database.url";

    private TeamDatabaseSetting() {
    }

    public static DbLocation location(Path dataDir, Map<String, String> env) {
        String fromEnv = env.get(DbLocation.ENV_URL);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return DbLocation.fromEnvironment(dataDir, env);
        }
        return savedUrl(dataDir).<DbLocation>map(url -> DbLocation.Postgres.parse(url, env, null))
                .orElseGet(() -> DbLocation.h2(dataDir));
    }

    /// The team database URL chosen in the app, if any (an unreadable or invalid one is ignored).
    public static Optional<String> savedUrl(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String url = Files.readString(file, StandardCharsets.UTF_8).strip();
            DbLocation.Postgres.parse(url, Map.of(), null);
            return Optional.of(url);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Ignoring the saved team database setting: " + e.getMessage());
            return Optional.empty();
        }
    }

    /// Remembers `location` for the next start: its URL for a team database (the password is
    /// never written), nothing for the local one.
    public static void save(Path dataDir, DbLocation location) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (location instanceof DbLocation.Postgres pg) {
            Files.createDirectories(dataDir);
            Files.writeString(file, pg.url() + "\n", StandardCharsets.UTF_8);
        } else {
            Files.deleteIfExists(file);
        }
    }
}
