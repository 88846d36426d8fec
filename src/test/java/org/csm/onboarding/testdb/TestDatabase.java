package org.csm.onboarding.testdb;

import java.nio.file.Path;
import java.util.Map;
import org.csm.onboarding.store.dialect.DbLocation;
import org.junit.jupiter.api.Assumptions;

/// The two databases the store runs on. Tests annotated [OnBothDatabases] run once per value.
public enum TestDatabase {
    /// The embedded file database in a folder.
    H2,
    /// A fresh database on the shared throw-away [PostgresServer].
    POSTGRESQL;

    /// A new, empty database for one test: a folder under `tempDir`, or a new PostgreSQL
    /// database named after `name`. Skips the test (with the reason) where PostgreSQL is not
    /// installed.
    public DbLocation fresh(Path tempDir, String name) {
        return switch (this) {
            case H2 -> DbLocation.h2(tempDir.resolve("db-" + System.nanoTime()));
            case POSTGRESQL -> {
                assumePostgres();
                yield postgres(PostgresServer.shared().createDatabase(name));
            }
        };
    }

    /// Aborts the current test with a clear message when no PostgreSQL binaries exist.
    public static void assumePostgres() {
        Assumptions.assumeTrue(PostgresServer.binaries().isPresent(), PostgresServer::missingReason);
    }

    /// The location for `url` logged in as the test superuser (password in memory).
    public static DbLocation.Postgres postgres(String url) {
        return DbLocation.Postgres.parse(url, Map.of(), DbLocation.Secret.of(PostgresServer.ADMIN_PASSWORD));
    }
}
