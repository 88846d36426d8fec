package org.csm.onboarding.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/// The app's local database: an embedded H2 file in the data folder, opened by one process at a
/// time. One connection serves every transaction; [#transaction(TxWork)] serialises callers, so
/// a background import and the UI thread can share one Store safely.
public final class Store implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Store.class.getName());

    static final String DATABASE_NAME = "onboarding";

    // H2 lets a second connection in the same JVM share an open file; the app never wants that
    // (two windows writing the same imports), so it is refused like a second process would be.
    private static final Set<Path> OPEN_DIRS = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean inTransaction;
    private boolean closed;

    private Store(Path dir, Connection connection) {
        this.dir = dir;
        this.connection = connection;
    }

    /// Opens (creating if needed) the database in `dataDir` and brings its schema up to date.
    public static Store open(Path dataDir) throws StoreException {
        Path dir = dataDir.toAbsolutePath().normalize();
        prepareFolder(dir);
        if (!OPEN_DIRS.add(dir)) {
            throw StoreException.locked(dir, null);
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(url(dir));
            new Migrator(connection, dir).migrate();
            connection.setAutoCommit(false);
            LOG.info(() -> "Opened database in " + dir);
            return new Store(dir, connection);
        } catch (SQLException e) {
            abandon(dir, connection);
            throw StoreException.fromSql(e, dir);
        } catch (StoreException | RuntimeException e) {
            abandon(dir, connection);
            throw e;
        }
    }

    /// WRITE_DELAY=0: H2 otherwise writes ~0.5 s after a commit, and a kill right after "Import
    /// complete" lost the import. TRACE_LEVEL_FILE=0: H2 would otherwise leave an
    /// `onboarding.trace.db` in the user's data folder on every error (a lock conflict, a full
    /// disk); failures are logged by the app instead. Embedded file mode only: no server, no
    /// console, no AUTO_SERVER.
    static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    private static void prepareFolder(Path dir) throws StoreException {
        if (dir.toString().contains(";")) {
            // H2 would read the rest of the path as connection settings.
            throw new StoreException(StoreException.Kind.OTHER,
                    "The data folder " + dir + " contains ';', which the database cannot use. Choose another folder.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            LOG.log(Level.WARNING, () -> "Cannot create data folder " + dir + ": " + e);
            throw StoreException.notWritable(dir, e);
        }
        Path file = dir.resolve(DATABASE_NAME + ".mv.db");
        if (!Files.isWritable(dir) || (Files.exists(file) && !Files.isWritable(file))) {
            throw StoreException.notWritable(dir, null);
        }
    }

    /// Whether a database was ever created in `dataDir` (so opening it would not create one).
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(DATABASE_NAME + ".mv.db"));
    }

    /// The folder the database lives in.
    public Path dataDir() {
        return dir;
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
                throw new IllegalStateException("The store for " + dir + " is closed.");
            }
            if (inTransaction) {
                throw new IllegalStateException("Transactions do not nest: pass the current Tx instead.");
            }
            inTransaction = true;
            Tx tx = new Tx(connection);
            try {
                T result = work.run(tx);
                tx.flushWriters();
                connection.commit();
                return result;
            } catch (StoreException | RuntimeException | Error e) {
                rollback(e);
                throw e;
            } catch (SQLException e) {
                rollback(e);
                throw StoreException.fromSql(e, dir);
            } catch (Exception e) {
                rollback(e);
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

    private void rollback(Throwable cause) {
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
            closeQuietly(connection);
            OPEN_DIRS.remove(dir);
            LOG.info(() -> "Closed database in " + dir);
        } finally {
            lock.unlock();
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
        OPEN_DIRS.remove(dir);
    }
}
