package org.csm.onboarding.store.dialect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;
import org.postgresql.jdbcurlresolver.PgPassParser;

/// Where the app's data lives: an H2 file in a folder on the laptop (the default), or a team
/// PostgreSQL database given by its JDBC URL. The password of a team database is never part of
/// a location that is saved or printed: it comes from `PGPASSWORD`, `~/.pgpass` (PGPASSFILE)
/// or is typed in for the session ([Postgres#withPassword]).
public sealed interface DbLocation permits DbLocation.H2Folder, DbLocation.Postgres {

    /// The environment variable naming a team database for every command and the app.
    String ENV_URL = "ONBOARDING_DB_URL";

    Dialect dialect();

    /// For messages and logs: the folder, or `host:port/database as user` (never a password).
    String describe();

    /// Opens a new connection (autocommit on, as JDBC hands it out).
    Connection connect() throws SQLException;

    static DbLocation h2(Path dir) {
        return new H2Folder(dir.toAbsolutePath().normalize());
    }

    /// A team database from its JDBC URL; the environment supplies the user and password where
    /// the URL does not.
    static Postgres postgres(String url) {
        return Postgres.parse(url, System.getenv(), null);
    }

    /// `ONBOARDING_DB_URL` when set, else the H2 folder.
    static DbLocation fromEnvironment(Path defaultDir, Map<String, String> env) {
        String url = env.get(ENV_URL);
        return url == null || url.isBlank() ? h2(defaultDir) : Postgres.parse(url.strip(), env, null);
    }

    /// The embedded H2 database `onboarding` in `dir`.
    record H2Folder(Path dir) implements DbLocation {

        public static final String DATABASE_NAME = "onboarding";

        @Override
        public Dialect dialect() {
            return H2Dialect.INSTANCE;
        }

        @Override
        public String describe() {
            return dir.toString();
        }

        /// WRITE_DELAY=0: H2 otherwise writes ~0.5 s after a commit, and a kill right after "Import
        /// complete" lost the import. TRACE_LEVEL_FILE=0: H2 would otherwise leave an
        /// `onboarding.trace.db` in the user's data folder on every error (a lock conflict, a full
        /// disk); the app logs failures itself. Embedded file mode only: no server, no console,
        /// no AUTO_SERVER. MAX_COMPACT_TIME=0: see [H2Dialect#beforeClose].
        public String url() {
            return trimmingUrl() + ";MAX_COMPACT_TIME=0";
        }

        /// The URL with H2's own compaction on close, which trims pages a failed write left at
        /// the end of the file (after a full disk, when there is no room for a full compaction).
        public String trimmingUrl() {
            return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url());
        }
    }

    /// A PostgreSQL database. `password` is held in memory only, for a password typed in this
    /// session; null means "from PGPASSWORD or ~/.pgpass, or none".
    record Postgres(String url, String host, String port, String database, String user, Secret password)
            implements DbLocation {

        /// Parses `jdbc:postgresql://HOST[:PORT]/DB[?user=U]`. Refuses a password in the URL: a URL
        /// ends up in settings files, shell history and process lists.
        public static Postgres parse(String url, Map<String, String> env, Secret password) {
            Properties props = url == null || !url.startsWith("jdbc:postgresql:") ? null : Driver.parseURL(url, null);
            if (props == null) {
                throw new IllegalArgumentException("\"" + url + "\" is not a PostgreSQL JDBC URL; it should look like "
                        + "jdbc:postgresql://HOST:PORT/DATABASE");
            }
            if (props.getProperty(PGProperty.PASSWORD.getName()) != null) {
                throw new IllegalArgumentException("Do not put the password in the database URL: put it in ~/.pgpass "
                        + "or the PGPASSWORD environment variable, or type it when the app asks.");
            }
            String user = Optional.ofNullable(props.getProperty(PGProperty.USER.getName()))
                    .or(() -> Optional.ofNullable(env.get("PGUSER")))
                    .orElse(System.getProperty("user.name"));
            Secret resolved = password != null ? password
                    : Optional.ofNullable(env.get("PGPASSWORD")).map(Secret::of).orElse(null);
            return new Postgres(url, props.getProperty(PGProperty.PG_HOST.getName()),
                    props.getProperty(PGProperty.PG_PORT.getName()), props.getProperty(PGProperty.PG_DBNAME.getName()),
                    user, resolved);
        }

        /// The same database with a password typed in for this session.
        public Postgres withPassword(Secret typed) {
            return new Postgres(url, host, port, database, user, typed);
        }

        @Override
        public Dialect dialect() {
            return PostgresDialect.INSTANCE;
        }

        @Override
        public String describe() {
            return host + ":" + port + "/" + database + " as " + user;
        }

        @Override
        public Connection connect() throws SQLException {
            Properties props = new Properties();
            props.setProperty(PGProperty.USER.getName(), user);
            String secret = password != null ? password.reveal() : PgPassParser.getPassword(host, port, database, user);
            if (secret != null) {
                props.setProperty(PGProperty.PASSWORD.getName(), secret);
            }
            props.setProperty(PGProperty.APPLICATION_NAME.getName(), "CSM Onboarding");
            props.setProperty(PGProperty.CONNECT_TIMEOUT.getName(), "10");
            props.setProperty(PGProperty.TCP_KEEP_ALIVE.getName(), "true");
            return new Driver().connect(url, props);
        }
    }

    /// A password in memory; never printed.
    final class Secret {
        private final char[] value;

        private Secret(char[] value) {
            this.value = value.clone();
        }

        public static Secret of(String value) {
            return new Secret(value.toCharArray());
        }

        public static Secret of(char[] value) {
            return new Secret(value);
        }

        String reveal() {
            return new String(value);
        }

        @Override
        public String toString() {
            return "****";
        }
    }
}
