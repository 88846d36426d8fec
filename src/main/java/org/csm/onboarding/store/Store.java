package org.csm.onboarding.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.csm.onboarding.store.dialect.DbLocation;

/// The app's database: an embedded H2 file in the data folder, opened by one process at a time,
/// or a team PostgreSQL database shared by many ([DbLocation]). One connection serves every transaction; [#transaction(TxWork)] serialises callers, so
/// a background import and the UI thread can share one Store safely.
public final class Store implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Store.class.getName());

    static final String DATABASE_NAME = DbLocation.H2Folder.DATABASE_NAME;

    // H2 lets a second connection in the same JVM share an open file; the app never wants that
    // (two windows writing the same imports), so it is refused like a second process would be.
    private static final Set<Path> OPEN_DIRS = ConcurrentHashMap.newKeySet();

    private static final long DEFAULT_LOCK_TIMEOUT_MS = 5_000;

    private final DbLocation location;
    private final Path dir;
    private Connection connection;
    private final String user;
    private final boolean canWrite;
    private final String readOnlyReason;
    private final ReentrantLock lock = new ReentrantLock();
    private final SnapshotCache cache = new SnapshotCache();
    private boolean inTransaction;
    private boolean closed;

    private Store(DbLocation location, Connection connection, String user, boolean canWrite, String readOnlyReason) {
        this.canWrite = canWrite && readOnlyReason == null;
        this.readOnlyReason = readOnlyReason;
        this.location = location;
        this.dir = location instanceof DbLocation.H2Folder h2 ? h2.dir() : null;
        this.connection = connection;
        this.user = user;
    }

    /// Opens (creating if needed) the database in `dataDir` and brings its schema up to date.
    public static Store open(Path dataDir) throws StoreException {
        return open(DbLocation.h2(dataDir));
    }

    /// Opens the database at `location` (an H2 folder, created if needed, or a team PostgreSQL
    /// database, which must exist) and brings its schema up to date.
    public static Store open(DbLocation location) throws StoreException {
        Path dir = location instanceof DbLocation.H2Folder h2 ? h2.dir() : null;
        LocalFolder.Access access = dir == null ? new LocalFolder.Access(true, null) : LocalFolder.check(dir);
        if (dir != null && !OPEN_DIRS.add(dir)) {
            throw StoreException.locked(dir, null);
        }
        Connection connection = null;
        try {
            connection = connect(location, access);
            new Migrator(connection, location).migrate();
            location.dialect().setLockTimeout(connection, lockTimeoutMillis());
            String user = location.dialect().currentUser(connection);
            boolean canWrite = location.dialect().canWrite(connection);
            connection.setAutoCommit(false);
            LOG.info(() -> "Opened " + location.dialect().name() + " database " + location.describe());
            if (access.writable() && dir != null) {
                LocalFolder.keepReserve(dir);
            }
            return new Store(location, connection, user, canWrite, access.reason());
        } catch (SQLException e) {
            abandon(dir, connection);
            StoreException failure = StoreException.fromSql(e, location);
            if (failure.kind() == StoreException.Kind.DISK_FULL && dir != null && LocalFolder.releaseReserve(dir)) {
                // The reserve kept for this: with its room H2 opens, and trims the file on close.
                return open(location);
            }
            throw failure;
        } catch (StoreException | RuntimeException e) {
            abandon(dir, connection);
            throw e;
        }
    }

    /// How long an import waits for another user's import into the same workspace before it
    /// gives up with "... is importing into this workspace". `onboarding.lockTimeoutMs` overrides.
    static long lockTimeoutMillis() {
        return Long.getLong("onboarding.lockTimeoutMs", DEFAULT_LOCK_TIMEOUT_MS);
    }

    /// A database the app may only read is opened read-only by H2 itself (no lock file, no
    /// write on open), so viewing works on a read-only file, folder or medium.
    private static Connection connect(DbLocation location, LocalFolder.Access access) throws SQLException {
        if (!access.writable() && location instanceof DbLocation.H2Folder h2) {
            return DriverManager.getConnection(h2.url() + ";ACCESS_MODE_DATA=r");
        }
        return location.connect();
    }

    /// Rewrites the closed embedded database in `dataDir` without its free space (H2's
    /// `SHUTDOWN COMPACT`) and returns the file's size after: what the bench reports as the
    /// compacted size to compare the file with.
    public static long compactClosed(Path dataDir) throws StoreException {
        DbLocation location = DbLocation.h2(dataDir);
        try (Connection connection = location.connect(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw StoreException.fromSql(e, location);
        }
        try {
            return Files.size(dataDir.resolve(DATABASE_NAME + ".mv.db"));
        } catch (java.io.IOException e) {
            throw StoreException.notWritable(dataDir, e);
        }
    }

    /// Whether a database was ever created in `dataDir` (so opening it would not create one).
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(DATABASE_NAME + ".mv.db"));
    }

    /// Whether `location` holds a database to open: a team database always exists (the server
    /// says otherwise on connecting); an H2 folder only once created.
    public static boolean exists(DbLocation location) {
        return !(location instanceof DbLocation.H2Folder h2) || exists(h2.dir());
    }

    /// The folder the H2 database lives in; for a team database, null.
    public Path dataDir() {
        return dir;
    }

    /// Where the database is.
    public DbLocation location() {
        return location;
    }

    /// False when the database role may only read (a team lead's dashboard role): the app says
    /// so up front, and any write fails with [StoreException.Kind#READ_ONLY].
    public boolean canWrite() {
        return canWrite;
    }

    /// Why a local database opened for viewing only (its file or folder is read-only), naming
    /// the file or folder; empty when it may be written.
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /// Who this store writes as: the database user on a team server, the OS user on H2.
    public String user() {
        return user;
    }

    /// Runs `work` in one transaction: commit when it returns, rollback on any exception.
    /// SQL failures come out as [StoreException]; unchecked exceptions (a cancellation, a bug)
    /// propagate unchanged; other checked exceptions are wrapped in a [StoreException] of kind
    /// OTHER with the original as cause, since this signature can only declare one.
    /// Transactions do not nest.
    public <T> T transaction(TxWork<T> work) throws StoreException {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The store for " + location.describe() + " is closed.");
            }
            if (inTransaction) {
                throw new IllegalStateException("Transactions do not nest: pass the current Tx instead.");
            }
            inTransaction = true;
            Tx tx = new Tx(connection, location.dialect(), user, cache);
            long freeBefore = dir == null ? -1 : LocalFolder.usableSpace(dir);
            try {
                T result = work.run(tx);
                tx.flushWriters();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(tx, e);
                if (dir != null && LocalFolder.isDiskFull(e)) {
                    throw afterDiskFull(e, freeBefore);
                }
                throw e;
            } catch (StoreException e) {
                rollback(tx, e);
                throw e.kind() == StoreException.Kind.DISK_FULL && dir != null ? afterDiskFull(e, freeBefore) : e;
            } catch (SQLException e) {
                rollback(tx, e);
                StoreException failure = StoreException.fromSql(e, location);
                if (failure.kind() == StoreException.Kind.DISK_FULL && dir != null) {
                    throw afterDiskFull(e, freeBefore);
                }
                if (readOnlyReason != null && failure.kind() == StoreException.Kind.NOT_WRITABLE) {
                    throw StoreException.readOnly(readOnlyReason);
                }
                throw failure;
            } catch (Exception e) {
                rollback(tx, e);
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new StoreException(StoreException.Kind.OTHER, "Nothing was saved: " + e.getMessage(), e);
            } finally {
                tx.end();
                inTransaction = false;
            }
        } finally {
            lock.unlock();
        }
    }

    /// A write ran out of disk: H2 has given up on the file (it keeps the last commit, so the
    /// data stored before is intact) but left the failed write's pages at its end. Reopening it
    /// with the reserve's room and closing it again trims them off; then the store goes on.
    private StoreException afterDiskFull(Throwable cause, long freeBefore) {
        StoreException failure = StoreException.diskFull(dir, LocalFolder.neededMegabytes(freeBefore), cause);
        closeQuietly(connection);
        LocalFolder.releaseReserve(dir);
        try {
            closeQuietly(DriverManager.getConnection(((DbLocation.H2Folder) location).trimmingUrl()));
            connection = location.connect();
            location.dialect().setLockTimeout(connection, lockTimeoutMillis());
            connection.setAutoCommit(false);
            LocalFolder.keepReserve(dir);
            LOG.info(() -> "Reopened " + dir + " after a full disk; file now " + fileSize() + " bytes");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, () -> "Could not reopen " + dir + " after a full disk: " + e.getMessage());
            failure.addSuppressed(e);
        }
        return failure;
    }

    private long fileSize() {
        try {
            return Files.size(LocalFolder.databaseFile(dir));
        } catch (IOException e) {
            return -1;
        }
    }

    /// Runs `work`, which only reads, on one consistent view of the database: every query in it
    /// sees the same committed state, so a team-mate's import committing meanwhile shows entirely
    /// or not at all (REPEATABLE READ; on H2 only this process writes, so it changes nothing).
    public <T> T read(TxWork<T> work) throws StoreException {
        lock.lock();
        try {
            setIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return transaction(work);
            } finally {
                setIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } finally {
            lock.unlock();
        }
    }

    /// What an SQL failure that surfaced outside [#transaction] (carried out of a callback) means
    /// for the user, in this database's terms (a lost connection, a read-only role...).
    public StoreException failure(SQLException e) {
        return StoreException.fromSql(e, location);
    }

    private void setIsolation(int level) throws StoreException {
        try {
            connection.setTransactionIsolation(level);
        } catch (SQLException e) {
            throw StoreException.fromSql(e, location);
        }
    }

    private void rollback(Tx tx, Throwable cause) {
        tx.forgetWrites();
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /// Closes the connection; H2 closes the file with its last connection. Waits for a running
    /// transaction to end.
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (canWrite && !inTransaction) {
                compactQuietly();
            }
            closeQuietly(connection);
            if (dir != null) {
                OPEN_DIRS.remove(dir);
            }
            LOG.info(() -> "Closed database " + location.describe());
        } finally {
            lock.unlock();
        }
    }

    private void compactQuietly() {
        try {
            connection.rollback();
            location.dialect().beforeClose(connection);
        } catch (SQLException e) {
            // The file keeps its free space until a later close; nothing is lost.
            LOG.log(Level.WARNING, () -> "Compacting the database on close failed: " + e.getMessage());
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, () -> "Closing the database failed: " + e.getMessage());
        }
    }

    private static void abandon(Path dir, Connection connection) {
        closeQuietly(connection);
        if (dir != null) {
            OPEN_DIRS.remove(dir);
        }
    }
}
