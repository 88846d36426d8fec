package org.csm.onboarding.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.store.dialect.Dialect;

/// A problem with the database (the local file or the team server), with a message fit to show the user as it is.
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
        /// Another user is importing into the same workspace; trying again in a moment works.
        BUSY,
        /// The database role may read but not write (a team lead's read-only role).
        READ_ONLY,
        /// The team database server cannot be reached or went away.
        UNREACHABLE,
        /// The team database server refused the user or password (or wants a password).
        LOGIN,
        /// The disk (or the user's quota) ran out while writing; nothing was saved.
        DISK_FULL,
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

    /// Turns an SQL failure into the kind the user can act on, in the words of its database
    /// ([Dialect#classify]). Logs the technical message (never a stack trace) so support can
    /// still see what the database said.
    static StoreException fromSql(SQLException e, DbLocation location) {
        LOG.log(Level.WARNING, () -> "Database error " + e.getErrorCode() + "/" + e.getSQLState() + " in "
                + location.describe() + ": " + firstLine(e.getMessage()));
        String where = location instanceof DbLocation.H2Folder h2 ? "The database in " + h2.dir()
                : "The team database " + location.describe();
        return switch (location.dialect().classify(e)) {
            case FILE_IN_USE -> locked(((DbLocation.H2Folder) location).dir(), e);
            case NOT_WRITABLE -> notWritable(((DbLocation.H2Folder) location).dir(), e);
            case CORRUPT -> new StoreException(Kind.CORRUPT, where
                    + " is damaged and cannot be opened. Restore a backup, or move the folder aside to start afresh.", e);
            case INCOMPATIBLE -> new StoreException(Kind.INCOMPATIBLE, where
                    + " was written by an incompatible version of the app.", e);
            case BUSY -> new StoreException(Kind.BUSY, "Someone else is changing this workspace; try again in a moment.", e);
            case READ_ONLY -> new StoreException(Kind.READ_ONLY, where + " lets your database role read but not "
                    + "write, so nothing was saved. Ask the database administrator for the read-write role.", e);
            case DISK_FULL -> location instanceof DbLocation.H2Folder h2 ? diskFull(h2.dir(), 1, e)
                    : new StoreException(Kind.DISK_FULL, where + " has no disk space left, so nothing was saved. "
                    + "Free some space and try again.", e);
            case UNREACHABLE -> new StoreException(Kind.UNREACHABLE, where + " cannot be reached or closed the "
                    + "connection (" + firstLine(e.getMessage()) + "). Nothing half-done was saved; try again "
                    + "when the server is back.", e);
            case LOGIN -> new StoreException(Kind.LOGIN, where + " refused the login ("
                    + firstLine(e.getMessage()) + "). Check the user in the URL or PGUSER, and the password in "
                    + "~/.pgpass or PGPASSWORD.", e);
            case NO_DATABASE -> new StoreException(Kind.UNREACHABLE, where
                    + " does not exist on that server. Ask its administrator to create it (CREATE DATABASE).", e);
            case OTHER -> new StoreException(Kind.OTHER, where + " reported a problem: "
                    + firstLine(e.getMessage()), e);
        };
    }

    /// The laptop's disk filled up: how much room to make, and that nothing was lost.
    static StoreException diskFull(Path dir, long neededMegabytes, Throwable cause) {
        return new StoreException(Kind.DISK_FULL, "Not enough disk space in " + dir + " (about " + neededMegabytes
                + " MB needed). Nothing was saved and the data stored before is intact; free some space and try again.",
                cause);
    }

    /// A write to a database the app opened for viewing only.
    static StoreException readOnly(String reason) {
        return new StoreException(Kind.READ_ONLY, reason);
    }

    /// Another user holds the workspace for their import.
    static StoreException busy(String holder, Throwable cause) {
        return new StoreException(Kind.BUSY, holder + " is importing into this workspace; try again in a moment.", cause);
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
