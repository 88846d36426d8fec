package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/// Common part of the batch writers: prepared statements reused for the whole transaction,
/// executed in the order they were prepared every `flushEvery` items so the heap stays flat.
/// Registered with its [Tx], which flushes it before reads and the commit.
public abstract class BatchWriter implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BatchWriter.class.getName());

    /// Items per JDBC batch: big enough to amortise round trips, small enough to keep heap flat.
    static final int FLUSH_EVERY = 1000;

    private final Tx tx;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private int pending;
    private int written;

    BatchWriter(Tx tx) {
        this.tx = tx;
    }

    final Tx tx() {
        return tx;
    }

    /// Prepares a statement that [#flush] executes as a batch, in preparation order.
    final PreparedStatement batched(String sql) throws SQLException {
        PreparedStatement statement = tx.raw().prepareStatement(sql);
        statements.add(statement);
        return statement;
    }

    /// Call after adding one item's rows to the batches.
    final void itemAdded() throws SQLException {
        written++;
        if (++pending >= FLUSH_EVERY) {
            flush();
        }
    }

    /// Items written through this writer so far, flushed or not.
    public int written() {
        return written;
    }

    /// Sends the pending batches to the database (still inside the transaction).
    public void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        pending = 0;
        afterFlush();
    }

    /// Hook for writers that track what the pending batches hold.
    void afterFlush() {
    }

    /// Flushes and releases the statements; the transaction stays open.
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            tx.forget(this);
            release();
        }
    }

    /// Closes the statements without flushing (after a rollback nothing should be sent).
    void release() {
        for (PreparedStatement statement : statements) {
            try {
                statement.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, () -> "Could not close a statement: " + e.getMessage());
            }
        }
        statements.clear();
        pending = 0;
    }
}
