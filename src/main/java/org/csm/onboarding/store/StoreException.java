package org.csm.onboarding.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/// A problem with the local database, with a message fit to show the user as it is.
/// `kind` lets the UI choose what to offer (retry after closing the other copy, pick another
/// folder, restore a backup...); the technical cause stays in `getCause()` and the log.
public final class StoreException extends Exception {

    private static final Logger LOG = Logger.getLogger(StoreException.class.getName());

    /// What went wrong, in the terms the user can act on.
    public enum Kind {
        /// Another process (usually a second copy of the app) has the database open.
        LOCKED,
        /// The data folder or database file cannot be written.
        NOT_WRITABLE,
        /// The database file is damaged.
        CORRUPT,
        /// The database was written by another (usually newer) version of the app.
        INCOMPATIBLE,
        /// Anything else; the message says what.
        OTHER
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    static StoreException locked(Path dir, Throwable cause) {
        return new StoreException(Kind.LOCKED,
                "The database in " + dir + " is in use by another copy of the app. Close it and try again.", cause);
    }

    static StoreException notWritable(Path dir, Throwable cause) {
        return new StoreException(Kind.NOT_WRITABLE,
                "The app cannot write to the folder " + dir + ". Choose a folder you can write to or fix its permissions.",
                cause);
    }

    /// Turns an SQL failure into the kind the user can act on. Logs the technical message
    /// (never a stack trace) so support can still see what H2 said.
    static StoreException fromSql(SQLException e, Path dir) {
        LOG.log(Level.WARNING, () -> "Database error " + e.getErrorCode() + " in " + dir + ": " + firstLine(e.getMessage()));
        return switch (kindOf(e)) {
            case LOCKED -> locked(dir, e);
            case NOT_WRITABLE -> notWritable(dir, e);
            case CORRUPT -> new StoreException(Kind.CORRUPT, "The database in " + dir
                    + " is damaged and cannot be opened. Restore a backup, or move the folder aside to start afresh.", e);
            case INCOMPATIBLE -> new StoreException(Kind.INCOMPATIBLE, "The database in " + dir
                    + " was written by an incompatible version of the app.", e);
            case OTHER -> new StoreException(Kind.OTHER, "The database in " + dir + " reported a problem: "
                    + firstLine(e.getMessage()), e);
        };
    }

    // H2 reports some file problems only in the cause chain (e.g. 90028 "IO Exception" caused
    // by an MVStoreException "reading failed" for a damaged file).
    private static Kind kindOf(SQLException e) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return Kind.LOCKED;
            case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CREATION_FAILED_1:
                return Kind.NOT_WRITABLE;
            case ErrorCode.FILE_CORRUPTED_1:
                return Kind.CORRUPT;
            case ErrorCode.FILE_VERSION_ERROR_1:
                return Kind.INCOMPATIBLE;
            default:
                break;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return Kind.NOT_WRITABLE;
            }
            if (t instanceof MVStoreException store) {
                return switch (store.getErrorCode()) {
                    case DataUtils.ERROR_FILE_LOCKED -> Kind.LOCKED;
                    case DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_READING_FAILED -> Kind.CORRUPT;
                    case DataUtils.ERROR_UNSUPPORTED_FORMAT -> Kind.INCOMPATIBLE;
                    default -> Kind.OTHER;
                };
            }
        }
        return Kind.OTHER;
    }

    // H2 appends SQL text and "Possible solutions" lines that mean nothing to a CSM.
    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
