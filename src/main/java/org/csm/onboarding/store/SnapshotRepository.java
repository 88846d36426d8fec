package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.AccountTableBuilder;
import org.csm.onboarding.model.table.TableMerge;

/// Account snapshots (docs/storage.md, section 1): a workspace's complete account table after
/// an import, stored as segments of up to [#SEGMENT_ROWS] accounts. Snapshots are immutable, so
/// the one a [Store] read last is kept in memory by id and re-reading it costs nothing.
public final class SnapshotRepository {

    /// Accounts per segment: a few MB per payload, ~30 blob rows for a million accounts.
    static final int SEGMENT_ROWS = 32_768;
    /// Snapshots kept per workspace: undo reaches back this many imports.
    public static final int RETAINED = 10;
    /// Whether payloads are deflated; see docs/storage.md "Measured" for the choice.
    static final boolean DEFLATE = true;

    /// Stores `table` as a new snapshot of the workspace and returns its id.
    public long save(Tx tx, long workspaceId, AccountTable table) throws SQLException {
        long id;
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO account_snapshot "
                + "(workspace_id, accounts, kpi_records, created_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, workspaceId);
            insert.setInt(2, table.size());
            insert.setInt(3, table.kpiRecordCount());
            Jdbc.setInstant(insert, 4, Jdbc.now());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        int segments = Math.max(1, (table.size() + SEGMENT_ROWS - 1) / SEGMENT_ROWS);
        int cores = Runtime.getRuntime().availableProcessors();
        // Encoding (and deflating) is CPU work the JDBC writes need not wait for: segments are
        // encoded on the cores while the connection inserts the ones already done, at most a few
        // ahead, so a million accounts never hold all their payloads at once.
        try (PreparedStatement segment = tx.connection().prepareStatement(
                "INSERT INTO account_segment (snapshot_id, seq, accounts, payload) VALUES (?, ?, ?, ?)");
             ExecutorService pool = Executors.newFixedThreadPool(Math.min(segments, cores))) {
            List<Future<byte[]>> payloads = new ArrayList<>(segments);
            // Each encoding thread reuses its buffers; they go with the pool.
            ThreadLocal<SegmentCodec.Scratch> scratch = ThreadLocal.withInitial(SegmentCodec.Scratch::new);
            for (int seq = 0; seq < segments; seq++) {
                while (payloads.size() < Math.min(segments, seq + cores + 1)) {
                    int from = payloads.size() * SEGMENT_ROWS;
                    int to = Math.min(table.size(), from + SEGMENT_ROWS);
                    payloads.add(pool.submit(() -> SegmentCodec.encode(table, from, to, DEFLATE, scratch.get())));
                }
                segment.setLong(1, id);
                segment.setInt(2, seq);
                segment.setInt(3, Math.min(SEGMENT_ROWS, table.size() - seq * SEGMENT_ROWS));
                segment.setBytes(4, join(payloads.get(seq)));
                segment.executeUpdate();
                payloads.set(seq, null);
            }
        }
        tx.cache().put(id, table);
        tx.wroteSnapshot(id);
        return id;
    }

    private static byte[] join(Future<byte[]> payload) {
        try {
            return payload.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while encoding accounts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Encoding accounts failed: " + e.getCause(), e.getCause());
        }
    }

    /// Snapshot `baseId`'s accounts (none when -1) upserted with `merge`'s update by external id
    /// (which counts what the update changes on the way). When
    /// the base is in memory and both fit the heap side by side it is merged from there;
    /// otherwise (a million stored accounts and a file's at `-Xmx512m`) the cache lets go of it
    /// and it is read segment by segment, so the stored and the merged accounts never exist at
    /// once (a changed file re-imported into a 1M workspace ran out of memory before).
    public AccountTable merged(Tx tx, long baseId, TableMerge merge) throws SQLException {
        return merged(tx, baseId, merge, Runtime.getRuntime().maxMemory());
    }

    /// The same for a heap of `heapBytes`.
    AccountTable merged(Tx tx, long baseId, TableMerge merge, long heapBytes) throws SQLException {
        if (baseId < 0) {
            return merge.result();
        }
        AccountTable cached = tx.cache().get(baseId);
        if (cached != null && 2 * roughBytes(cached) + roughBytes(merge.update()) < heapBytes / 2) {
            return merge.addBase(cached).result();
        }
        cached = null;
        tx.cache().forget(baseId);
        forEachSegment(tx, baseId, merge::addBase);
        return merge.result();
    }

    /// What a table's columns take, roughly: a double per KPI and revenue, a code per text
    /// column, ids and names (about 48 bytes a row with their offsets).
    private static long roughBytes(AccountTable table) {
        return (long) table.size() * (8L * (table.kpiColumns().size() + 1) + 4L * AccountTable.Text.values().length + 48);
    }

    private void forEachSegment(Tx tx, long snapshotId, java.util.function.Consumer<AccountTable> each) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(
                "SELECT payload FROM account_segment WHERE snapshot_id = ? ORDER BY seq")) {
            query.setLong(1, snapshotId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    each.accept(SegmentCodec.decode(rs.getBytes(1)));
                }
            }
        }
    }

    /// The snapshot's accounts (from memory when it was the last one read or written).
    public AccountTable load(Tx tx, long snapshotId) throws SQLException {
        AccountTable cached = tx.cache().get(snapshotId);
        if (cached != null) {
            return cached;
        }
        // Each segment is appended as soon as it is decoded and then dropped: a million accounts
        // exist once (plus one segment), not once as segments and once concatenated.
        AccountTable[] first = {null};
        AccountTableBuilder[] rest = {null};
        forEachSegment(tx, snapshotId, part -> {
            if (first[0] == null) {
                first[0] = part;
            } else {
                if (rest[0] == null) {
                    rest[0] = new AccountTableBuilder().addAll(first[0]);
                    first[0] = AccountTable.empty();
                }
                rest[0].addAll(part);
            }
        });
        AccountTable table = rest[0] != null ? rest[0].build() : first[0] != null ? first[0] : AccountTable.empty();
        tx.cache().put(snapshotId, table);
        return table;
    }

    /// The snapshot of the workspace's newest live import, empty when there is none.
    public Optional<Long> currentId(Tx tx, long workspaceId) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement("SELECT i.snapshot_id FROM import_run i "
                + "JOIN account_snapshot s ON s.id = i.snapshot_id "
                + "WHERE i.workspace_id = ? AND i.state = '" + ImportRepository.LIVE + "' ORDER BY i.id DESC LIMIT 1")) {
            query.setLong(1, workspaceId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /// The workspace's current accounts (an empty table before its first import).
    public AccountTable current(Tx tx, long workspaceId) throws SQLException {
        Optional<Long> id = currentId(tx, workspaceId);
        return id.isEmpty() ? AccountTable.empty() : load(tx, id.get());
    }

    /// Deletes the workspace's snapshots that none of its newest [#RETAINED] live imports
    /// points at (undone imports' and those beyond the window), segments included.
    public int prune(Tx tx, long workspaceId) throws SQLException {
        String unused = "FROM account_snapshot WHERE workspace_id = ? AND id NOT IN (SELECT snapshot_id FROM (SELECT"
                + " snapshot_id FROM import_run WHERE workspace_id = ? AND state = '" + ImportRepository.LIVE + "'"
                + " AND snapshot_id IS NOT NULL ORDER BY id DESC LIMIT " + RETAINED + ") kept)";
        List<Long> pruned = new ArrayList<>();
        try (PreparedStatement query = tx.connection().prepareStatement("SELECT id " + unused)) {
            query.setLong(1, workspaceId);
            query.setLong(2, workspaceId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    pruned.add(rs.getLong(1));
                }
            }
        }
        if (pruned.isEmpty()) {
            return 0;
        }
        try (PreparedStatement delete = tx.connection().prepareStatement("DELETE " + unused)) {
            delete.setLong(1, workspaceId);
            delete.setLong(2, workspaceId);
            delete.executeUpdate();
        }
        // An undone import's table must not stay in memory: a million accounts are half the heap.
        pruned.forEach(tx.cache()::forget);
        return pruned.size();
    }

    /// Deletes one snapshot (a superseded draft of the running import), segments included.
    void delete(Tx tx, long snapshotId) throws SQLException {
        try (PreparedStatement delete = tx.connection().prepareStatement("DELETE FROM account_snapshot WHERE id = ?")) {
            delete.setLong(1, snapshotId);
            delete.executeUpdate();
        }
        tx.cache().forget(snapshotId);
    }
}
