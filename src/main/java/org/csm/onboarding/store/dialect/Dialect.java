package org.csm.onboarding.store.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Everything that differs between the embedded H2 database and a team PostgreSQL server, in
/// one place: the types behind the migration placeholders, upsert and sequence syntax, locking,
/// the current user and what an error code means. The repositories write portable SQL and ask
/// the dialect for the rest.
public sealed interface Dialect permits H2Dialect, PostgresDialect {

    /// "H2" or "PostgreSQL", for logs and messages.
    String name();

    /// Values for `${name}` placeholders in the migration files (`blob`, `clob`).
    Map<String, String> placeholders();

    /// An insert-or-update of one row by its key columns, with one `?` per column in
    /// `columns` order.
    default String upsert(String table, List<String> keys, List<String> columns) {
        return upsert(table, keys, columns, "VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")");
    }

    /// An insert-or-update of the rows `source` (a VALUES list or a SELECT of `columns`) by
    /// their key columns.
    String upsert(String table, List<String> keys, List<String> columns, String source);

    /// A query returning `count` new values of `sequence`, one per row.
    String nextValues(String sequence, int count);

    /// Who is writing: the database user on a server, the operating-system user for the
    /// embedded file (whose database user is the same for everyone).
    String currentUser(Connection connection) throws SQLException;

    /// Whether the logged-in role may change the app's data (a team lead's read-only role may
    /// not). Asked once at open, so the app can say so before anyone tries.
    boolean canWrite(Connection connection) throws SQLException;

    /// Bounds how long a statement on `connection` waits for a row lock before failing
    /// with [Failure#BUSY].
    void setLockTimeout(Connection connection, long millis) throws SQLException;

    /// Serialises schema migrations between processes sharing the database (a no-op where
    /// only one process can open it). Held until [#unlockMigrations].
    void lockMigrations(Connection connection) throws SQLException;

    void unlockMigrations(Connection connection) throws SQLException;

    /// Whether DDL runs inside a transaction (so a failed migration leaves nothing behind).
    boolean transactionalDdl();

    /// Takes the lock of the workspace named `name` until the transaction ends (it need not exist
    /// yet), waiting up to the lock timeout ([Failure#BUSY] after that). Two imports into one
    /// workspace take turns; imports into other workspaces go on.
    void lockWorkspace(Connection connection, String name) throws SQLException;

    /// The database user holding the lock of workspace `name`, when the database can tell.
    Optional<String> workspaceLockHolder(Connection connection, String name) throws SQLException;

    /// What `e` means for the user.
    Failure classify(SQLException e);

    /// Runs just before the app closes its connection for good: the embedded database gives
    /// back its free space here when it has much ([H2Dialect]); a server database does nothing.
    default void beforeClose(Connection connection) throws SQLException {
    }

    /// The SQLSTATE class "08" (connection exception) and friends, shared by both drivers.
    static boolean isConnectionLoss(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
