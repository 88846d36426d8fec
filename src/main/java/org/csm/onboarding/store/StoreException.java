package org.csm.onboarding.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/// A problem with the local database, with a message fit to show the user as it is.
/// `kind` lets the UI choose what to offer (retry after closing the other copy, pick another
/// folder, restore a backup...); the technical cause stays in `getCause()` and the log.
public final class StoreException extends Exception {

    private static final Logger LOG = Logger.getLogger(StoreException.class.getName());

    // H2's org.h2.api.ErrorCode values, repeated here so the mapping reads as one table.
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int FILE_CORRUPTED = 90030;
    private static final int FILE_VERSION_ERROR = 90048;
    private static final int FILE_CREATION_FAILED = 90062;
    private static final int DATABASE_IS_READ_ONLY = 90097;

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
        return switch (e.getErrorCode()) {
            case DATABASE_ALREADY_OPEN -> locked(dir, e);
            case DATABASE_IS_READ_ONLY, FILE_CREATION_FAILED -> notWritable(dir, e);
            case FILE_CORRUPTED -> new StoreException(Kind.CORRUPT, "The database in " + dir
                    + " is damaged and cannot be opened. Restore a backup, or move the folder aside to start afresh.", e);
            case FILE_VERSION_ERROR -> new StoreException(Kind.INCOMPATIBLE, "The database in " + dir
                    + " was written by an incompatible version of the app.", e);
            default -> causedByAccessDenied(e) ? notWritable(dir, e)
                    : new StoreException(Kind.OTHER, "The database in " + dir + " reported a problem: "
                    + firstLine(e.getMessage()), e);
        };
    }

    private static boolean causedByAccessDenied(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
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
