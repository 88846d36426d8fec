package org.csm.onboarding.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csm.onboarding.store.dialect.Dialect;

/// One open transaction, handed to [TxWork] and passed on to the repositories. It has no public
/// methods on purpose: only this package runs SQL, so callers cannot bypass the repositories.
///
/// It also owns the batch writers opened in it, so pending batches are always flushed before a
/// read in the same transaction and before the commit: callers cannot forget a flush.
public final class Tx {

    private final Connection connection;
    private final Dialect dialect;
    private final String user;
    private final SnapshotCache cache;
    private final Map<Object, BatchWriter> writers = new LinkedHashMap<>();
    private final List<Long> snapshotsWritten = new ArrayList<>();
    private boolean ended;

    Tx(Connection connection, Dialect dialect, String user, SnapshotCache cache) {
        this.connection = connection;
        this.dialect = dialect;
        this.user = user;
        this.cache = cache;
    }

    /// The SQL and error codes that differ between H2 and PostgreSQL.
    Dialect dialect() {
        return dialect;
    }

    /// Who is writing (the database user, or the OS user on H2), for `imported_by`.
    String user() {
        return user;
    }

    /// Snapshots by id, shared by the store's transactions.
    SnapshotCache cache() {
        return cache;
    }

    /// Notes a snapshot written in this transaction, to forget it from the cache on rollback.
    void wroteSnapshot(long snapshotId) {
        snapshotsWritten.add(snapshotId);
    }

    /// Called by [Store] after a rollback: nothing this transaction wrote may stay cached.
    void forgetWrites() {
        snapshotsWritten.forEach(cache::forget);
    }

    /// The connection for a read or a single write: pending batches go first so it sees them.
    Connection connection() throws SQLException {
        flushWriters();
        return raw();
    }

    /// The connection without flushing, for the batch writers themselves.
    Connection raw() {
        if (ended) {
            throw new IllegalStateException("This transaction has ended; use the Tx of the current transaction.");
        }
        return connection;
    }

    /// The writer registered under `key`, created on first use; lets repository methods such as
    /// [AccountRepository#upsert] batch across calls without the caller holding a writer.
    <W extends BatchWriter> W writer(Object key, WriterFactory<W> factory) throws SQLException {
        raw();
        BatchWriter existing = writers.get(key);
        if (existing != null) {
            @SuppressWarnings("unchecked") W typed = (W) existing;
            return typed;
        }
        W created = factory.create();
        writers.put(key, created);
        return created;
    }

    void forget(BatchWriter writer) {
        writers.values().remove(writer);
    }

    void flushWriters() throws SQLException {
        for (BatchWriter writer : List.copyOf(writers.values())) {
            writer.flush();
        }
    }

    /// Releases the writers' statements; called by [Store] after commit or rollback.
    void end() {
        List<BatchWriter> open = new ArrayList<>(writers.values());
        writers.clear();
        open.forEach(BatchWriter::release);
        ended = true;
    }

    /// Creates a writer; may prepare statements, hence the SQLException.
    @FunctionalInterface
    interface WriterFactory<W extends BatchWriter> {
        W create() throws SQLException;
    }
}
