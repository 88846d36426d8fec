package org.csm.onboarding.store.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DbLocationTest {

    @Test
    void userComesFromTheUrlThenPgUserThenTheOsUser() {
        var fromUrl = DbLocation.Postgres.parse("jdbc:postgresql://db.example:6543/team?user=priya",
                Map.of("PGUSER", "other"), null);
        assertEquals("priya", fromUrl.user());
        assertEquals("db.example:6543/team as priya", fromUrl.describe());
        assertEquals("other", DbLocation.Postgres.parse("jdbc:postgresql://db.example/team", Map.of("PGUSER", "other"),
                null).user());
        assertEquals(System.getProperty("user.name"),
                DbLocation.Postgres.parse("jdbc:postgresql://db.example/team", Map.of(), null).user());
    }

    @Test
    void defaultPortIs5432() {
        assertEquals("5432", DbLocation.Postgres.parse("jdbc:postgresql://db/team", Map.of(), null).port());
    }

    @Test
    void aPasswordInTheUrlIsRefusedSoItIsNeverSavedOrPrinted() {
        var e = assertThrows(IllegalArgumentException.class, () -> DbLocation.Postgres.parse(
                "jdbc:postgresql://db/team?user=a&password=secret", Map.of(), null));
        assertTrue(e.getMessage().contains("~/.pgpass"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void notAPostgresUrlSaysWhatOneLooksLike() {
        var e = assertThrows(IllegalArgumentException.class, () -> DbLocation.postgres("jdbc:mysql://db/team"));
        assertTrue(e.getMessage().contains("jdbc:postgresql://HOST:PORT/DATABASE"), e.getMessage());
    }

    @Test
    void pgPasswordIsUsedAndNeverShown() {
        var location = DbLocation.Postgres.parse("jdbc:postgresql://db/team", Map.of("PGPASSWORD", "s3cret"), null);
        assertEquals("s3cret", location.password().reveal());
        assertFalse(location.toString().contains("s3cret"), location.toString());
        assertNull(DbLocation.Postgres.parse("jdbc:postgresql://db/team", Map.of(), null).password());
    }

    @Test
    void environmentChoosesTheTeamDatabaseOverTheFolder() {
        Path folder = Path.of("/tmp/x");
        assertInstanceOf(DbLocation.H2Folder.class, DbLocation.fromEnvironment(folder, Map.of()));
        assertInstanceOf(DbLocation.Postgres.class, DbLocation.fromEnvironment(folder,
                Map.of(DbLocation.ENV_URL, "jdbc:postgresql://db/team")));
    }

    @Test
    void bothDialectsNameTheSameFailures() {
        var pg = PostgresDialect.INSTANCE;
        assertEquals(Failure.BUSY, pg.classify(new SQLException("lock", "55P03")));
        assertEquals(Failure.BUSY, pg.classify(new SQLException("deadlock", "40P01")));
        assertEquals(Failure.READ_ONLY, pg.classify(new SQLException("permission denied", "42501")));
        assertEquals(Failure.DISK_FULL, pg.classify(new SQLException("disk full", "53100")));
        assertEquals(Failure.UNREACHABLE, pg.classify(new SQLException("refused", "08001")));
        assertEquals(Failure.UNREACHABLE, pg.classify(new SQLException("terminating", "57P01")));
        assertEquals(Failure.LOGIN, pg.classify(new SQLException("password authentication failed", "28P01")));
        assertEquals(Failure.LOGIN, pg.classify(new SQLException("no password was provided", "08004")));
        assertEquals(Failure.NO_DATABASE, pg.classify(new SQLException("no db", "3D000")));
        var h2 = H2Dialect.INSTANCE;
        assertEquals(Failure.BUSY, h2.classify(new SQLException("timeout", "HYT00", 50200)));
        assertEquals(Failure.FILE_IN_USE, h2.classify(new SQLException("open", "90020", 90020)));
        assertEquals(Failure.DISK_FULL, h2.classify(new SQLException("io", "90028", 90028,
                new java.io.IOException("No space left on device"))));
    }

    @Test
    void upsertIsMergeOnH2AndOnConflictOnPostgres() {
        assertEquals("MERGE INTO t (k, v) KEY (k) VALUES (?, ?)", H2Dialect.INSTANCE.upsert("t", List.of("k"), List.of("k", "v")));
        assertEquals("INSERT INTO t (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v",
                PostgresDialect.INSTANCE.upsert("t", List.of("k"), List.of("k", "v")));
    }
}
