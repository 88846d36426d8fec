package org.csm.onboarding.store.dialect;

import java.nio.file.AccessDeniedException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/// The embedded H2 file database: one process at a time, one user.
public final class H2Dialect implements Dialect {

    static final H2Dialect INSTANCE = new H2Dialect();

    private H2Dialect() {
    }

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public Map<String, String> placeholders() {
        return Map.of("blob", "BINARY LARGE OBJECT", "clob", "CHARACTER LARGE OBJECT");
    }

    @Override
    public String upsert(String table, List<String> keys, List<String> columns, String source) {
        return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keys)
                + ") " + source;
    }

    @Override
    public String nextValues(String sequence, int count) {
        return "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, " + count + ")";
    }

    /// Every H2 connection logs in as the same built-in user, so the laptop's user says who it was.
    @Override
    public String currentUser(Connection connection) {
        return System.getProperty("user.name", "unknown");
    }

    /// The file's writability is checked before it is opened ([Failure#NOT_WRITABLE]).
    @Override
    public boolean canWrite(Connection connection) {
        return true;
    }

    @Override
    public void setLockTimeout(Connection connection, long millis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCK_TIMEOUT " + millis);
        }
    }

    /// The file lock already keeps a second process out.
    @Override
    public void lockMigrations(Connection connection) {
        // nothing to do: one process at a time
    }

    @Override
    public void unlockMigrations(Connection connection) {
        // nothing to do: one process at a time
    }

    /// H2 commits an open transaction on DDL.
    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /// One process at a time opens the file, and [org.csm.onboarding.store.Store] runs its
    /// transactions one after another: there is nobody to take turns with.
    @Override
    public void lockWorkspace(Connection connection, String name) {
        // nothing to do: one process, one transaction at a time
    }

    @Override
    public Optional<String> workspaceLockHolder(Connection connection, String name) {
        return Optional.empty();
    }

    // H2 reports some file problems only in the cause chain (e.g. 90028 "IO Exception" caused
    // by an MVStoreException "reading failed" for a damaged file).
    /// Below this share of live data in the file's chunks, closing rewrites the file compactly.
    static final int MIN_CHUNKS_FILL_PERCENT = 70;

    /// H2 compacts on close only for MAX_COMPACT_TIME, and with freed space still held for
    /// RETENTION_TIME that rewrite grows the file instead (docs/storage.md, "Database size"), so
    /// the URL turns it off and the app compacts fully here, only when a third of the file is
    /// garbage: a cost in proportion to the live data, paid on few closes.
    @Override
    public void beforeClose(Connection connection) throws SQLException {
        if (chunksFillPercent(connection) >= MIN_CHUNKS_FILL_PERCENT) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
    }

    private static int chunksFillPercent(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1).strip()) : 100;
        }
    }

    @Override
    public Failure classify(SQLException e) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return Failure.FILE_IN_USE;
            case ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DEADLOCK_1, ErrorCode.CONCURRENT_UPDATE_1:
                return Failure.BUSY;
            case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CREATION_FAILED_1:
                return Failure.NOT_WRITABLE;
            case ErrorCode.NOT_ENOUGH_RIGHTS_FOR_1:
                return Failure.READ_ONLY;
            case ErrorCode.FILE_CORRUPTED_1:
                return Failure.CORRUPT;
            case ErrorCode.FILE_VERSION_ERROR_1:
                return Failure.INCOMPATIBLE;
            default:
                break;
        }
        // A full disk surfaces as "Writing ... failed" (an MVStoreException) with the operating
        // system's "No space left on device" only further down the chain.
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
                return Failure.DISK_FULL;
            }
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return Failure.NOT_WRITABLE;
            }
            if (t instanceof MVStoreException store) {
                return switch (store.getErrorCode()) {
                    case DataUtils.ERROR_FILE_LOCKED -> Failure.FILE_IN_USE;
                    case DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_READING_FAILED -> Failure.CORRUPT;
                    case DataUtils.ERROR_UNSUPPORTED_FORMAT -> Failure.INCOMPATIBLE;
                    default -> Failure.OTHER;
                };
            }
        }
        return Failure.OTHER;
    }
}
