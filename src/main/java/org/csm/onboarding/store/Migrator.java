package org.csm.onboarding.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.store.dialect.Dialect;
import org.csm.onboarding.store.dialect.Failure;

/// Applies the versioned SQL files under `db/migration` in order, each in its own transaction,
/// and records them in `schema_version`, for H2 and PostgreSQL alike: `${blob}` and `${clob}`
/// in a file become the [Dialect]'s types, everything else is portable SQL.
///
/// Kept instead of Flyway (issue 11 weighed it): every database in the field already records
/// its version in `schema_version`, which Flyway would need a baseline bridge to adopt; what
/// Flyway adds beyond this (checksums, repair, callbacks, dozens of databases) is not needed
/// for a dozen files shipped inside the app; and the one thing a shared server needs, that two
/// copies starting at once do not both migrate, is one advisory lock ([Dialect#lockMigrations]).
///
/// On PostgreSQL each file is one transaction (DDL is transactional there). H2 commits an open
/// transaction on DDL, so there the SQL files are written with IF NOT EXISTS so an interrupted
/// one simply completes on the next start.
final class Migrator {

    private static final Logger LOG = Logger.getLogger(Migrator.class.getName());

    static final String LOCATION = "db/migration/";

    /// The files, in order. Class-path folders cannot be listed inside a jar, so they are named
    /// here; a test checks this list against the folder.
    static final List<String> FILES = List.of(
            "V1__initial.sql",
            "V2__health_scores.sql",
            "V3__config_and_mappings.sql",
            "V4__account_snapshots.sql",
            "V5__score_history.sql",
            "V6__score_source.sql",
            "V7__import_fixes.sql");

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    // Statements end with ';' at the end of a line; our files have no ';' inside strings.
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

    private final Connection connection;
    private final DbLocation location;
    private final Dialect dialect;

    Migrator(Connection connection, DbLocation location) {
        this.connection = connection;
        this.location = location;
        this.dialect = location.dialect();
    }

    /// The highest version this app knows.
    static int latestVersion() {
        return version(FILES.getLast());
    }

    /// Brings the schema up to [#latestVersion()]; refuses a database from a newer app.
    void migrate() throws SQLException, StoreException {
        connection.setAutoCommit(true);
        // Two copies of the app starting against one team database must not both migrate.
        dialect.lockMigrations(connection);
        try {
            migrateLocked();
        } finally {
            dialect.unlockMigrations(connection);
        }
    }

    private void migrateLocked() throws SQLException, StoreException {
        // Only a new database gets the table: a read-only role (team lead dashboards) may not
        // even run CREATE TABLE IF NOT EXISTS on PostgreSQL, and needs no migration anyway.
        if (!hasVersionTable()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                        + "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
        }
        int current = currentVersion();
        if (current > latestVersion()) {
            throw new StoreException(StoreException.Kind.INCOMPATIBLE, "The database " + location.describe()
                    + " was written by a newer version of the app (data version " + current
                    + ", this app knows up to " + latestVersion() + "). Update the app to open it.");
        }
        // Every listed version not applied yet, not only those above the highest: numbers are
        // reserved per change (V6, V7), so one may land after a higher one has been applied.
        java.util.Set<Integer> applied = appliedVersions();
        for (String file : FILES) {
            if (!applied.contains(version(file))) {
                applyAsOwner(file);
            }
        }
        // V4's Java step: re-run on every open until done, since DDL cannot share its transaction.
        new LegacyAccounts(connection, dialect).migrateIfPresent();
    }

    private boolean hasVersionTable() throws SQLException {
        for (String name : new String[] {"schema_version", "SCHEMA_VERSION"}) {
            try (ResultSet rs = connection.getMetaData().getTables(null, null, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private java.util.Set<Integer> appliedVersions() throws SQLException {
        java.util.Set<Integer> versions = new java.util.HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    int currentVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    // On a team database only the owner of the tables may change them: say so, instead of
    // "permission denied for schema public".
    private void applyAsOwner(String file) throws SQLException, StoreException {
        try {
            apply(file);
        } catch (SQLException e) {
            if (dialect.classify(e) != Failure.READ_ONLY) {
                throw e;
            }
            throw new StoreException(StoreException.Kind.INCOMPATIBLE, "The database " + location.describe()
                    + " needs an update for this version of the app, which your database role may not make. Ask "
                    + "its owner to open it once with this version.", e);
        }
    }

    private void apply(String file) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             PreparedStatement record = connection.prepareStatement(
                     "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            for (String sql : statements(substitute(read(file), dialect.placeholders()))) {
                statement.execute(sql);
            }
            record.setInt(1, version(file));
            record.setString(2, file);
            Jdbc.setInstant(record, 3, Jdbc.now());
            record.executeUpdate();
            connection.commit();
            LOG.info(() -> "Applied database migration " + file + " to " + location.describe());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    static int version(String file) {
        Matcher matcher = NAME.matcher(file);
        if (!matcher.matches()) {
            throw new IllegalStateException("Migration file name must look like V1__what.sql: " + file);
        }
        return Integer.parseInt(matcher.group(1));
    }

    /// Replaces each `${name}` with the dialect's type; an unknown name is a bug in a migration.
    static String substitute(String script, Map<String, String> values) {
        return PLACEHOLDER.matcher(script).replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalStateException("Unknown migration placeholder " + match.group());
            }
            return Matcher.quoteReplacement(value);
        });
    }

    static List<String> statements(String script) {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(STATEMENT_END.split(withoutComments))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(String file) {
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(LOCATION + file)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + file + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + file, e);
        }
    }
}
