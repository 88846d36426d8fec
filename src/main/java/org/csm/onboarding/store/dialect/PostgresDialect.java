package org.csm.onboarding.store.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/// A shared PostgreSQL server (15 or newer): many processes and users at once.
public final class PostgresDialect implements Dialect {

    static final PostgresDialect INSTANCE = new PostgresDialect();

    // Any fixed number: every copy of the app takes the same advisory lock to migrate.
    private static final long MIGRATION_LOCK = 0x4353_4D4F_6E62_6431L;

    // The first half of every workspace lock's key; the second is the name's hash (a collision
    // only makes two workspaces take turns).
    private static final int WORKSPACE_LOCKS = 0x43534D;

    private PostgresDialect() {
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("blob", "BYTEA", "clob", "TEXT");
    }

    /// `ON CONFLICT` rather than `MERGE`: it is atomic when two users insert the same key at once.
    @Override
    public String upsert(String table, List<String> keys, List<String> columns, String source) {
        String updates = columns.stream().filter(c -> !keys.contains(c))
                .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") " + source + " ON CONFLICT ("
                + String.join(", ", keys) + ") " + (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updates);
    }

    @Override
    public String nextValues(String sequence, int count) {
        return "SELECT nextval('" + sequence + "') FROM generate_series(1, " + count + ")";
    }

    @Override
    public String currentUser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /// Every import writes `import_run`: a role without INSERT there can only read.
    @Override
    public boolean canWrite(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT has_table_privilege('import_run', 'INSERT') "
                     + "AND NOT pg_is_in_recovery() AND current_setting('default_transaction_read_only') = 'off'")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Override
    public void setLockTimeout(Connection connection, long millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = " + millis);
        }
    }

    @Override
    public void lockMigrations(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
        }
    }

    @Override
    public void unlockMigrations(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
        }
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /// A transaction-scoped advisory lock keyed by the workspace name: unlike a row lock it
    /// also covers a workspace two users create at the same moment, and `pg_locks` says who
    /// holds it. `lock_timeout` bounds the wait.
    @Override
    public void lockWorkspace(Connection connection, String name) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, WORKSPACE_LOCKS);
            lock.setInt(2, workspaceKey(name));
            lock.executeQuery().close();
        }
    }

    /// `pg_locks` and `pg_stat_activity` are readable by every role.
    @Override
    public Optional<String> workspaceLockHolder(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT a.usename FROM pg_locks l "
                + "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                + "AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 2 AND l.pid <> pg_backend_pid()")) {
            query.setLong(1, WORKSPACE_LOCKS);
            query.setLong(2, workspaceKey(name));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static int workspaceKey(String name) {
        return name.strip().hashCode() & Integer.MAX_VALUE;
    }

    /// SQLSTATE codes from the PostgreSQL manual, appendix A.
    @Override
    public Failure classify(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if ("08004".equals(state) && String.valueOf(e.getMessage()).contains("password")) {
            return Failure.LOGIN; // the server wants a password and none was given
        }
        if (Dialect.isConnectionLoss(e)) {
            return Failure.UNREACHABLE;
        }
        return switch (state) {
            case "55P03", "40P01", "40001" -> Failure.BUSY;
            case "42501", "25006" -> Failure.READ_ONLY;
            case "53100" -> Failure.DISK_FULL;
            case "28P01", "28000" -> Failure.LOGIN;
            case "3D000" -> Failure.NO_DATABASE;
            default -> Failure.OTHER;
        };
    }
}
