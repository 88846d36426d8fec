package org.csm.onboarding.store.dialect;

/// What a database error means for the user, whichever database reported it: the one
/// vocabulary both dialects translate their error codes into.
public enum Failure {
    /// Another process has the H2 file open.
    FILE_IN_USE,
    /// A row lock was not granted in time (someone else is importing into the workspace), a
    /// deadlock was broken or a serialisable transaction lost: trying again later succeeds.
    BUSY,
    /// The database role may read but not write (GRANT SELECT only), or the database is read-only.
    READ_ONLY,
    /// The folder or file cannot be written (H2).
    NOT_WRITABLE,
    /// The disk of the database (the laptop's, or the team server's) is full.
    DISK_FULL,
    /// The server cannot be reached, refused the connection or went away mid-transaction.
    UNREACHABLE,
    /// The server refused the user name or password.
    LOGIN,
    /// The server has no database of that name.
    NO_DATABASE,
    /// The H2 file is damaged.
    CORRUPT,
    /// The file was written by an incompatible database version.
    INCOMPATIBLE,
    /// Anything else.
    OTHER
}
