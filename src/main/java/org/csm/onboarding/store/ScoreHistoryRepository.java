package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csm.onboarding.model.ScorePoint;
import org.csm.onboarding.model.ScoreSnapshot;
import org.csm.onboarding.model.table.ScoreColumns;

/// The `score_snapshot` table: append one snapshot per import or configuration change, list a
/// workspace's snapshots, read one, and delete the ones an undone import created.
public final class ScoreHistoryRepository {

    /// The column that says what an entry's scores were computed from (V6), local to its database.
    static final String SOURCE_COLUMN = "scored_from";

    private static final String SELECT = "SELECT id, import_id, taken_at, reason, accounts FROM score_snapshot "
            + "WHERE workspace_id = ? ";

    public long append(Tx tx, long workspaceId, Long importId, String reason, List<ScorePoint> points) throws SQLException {
        return append(tx, workspaceId, importId, reason, ScoreColumns.of(points));
    }

    /// Appends one snapshot and returns its id.
    public long append(Tx tx, long workspaceId, Long importId, String reason, ScoreColumns scores) throws SQLException {
        return append(tx, workspaceId, importId, reason, null, scores);
    }

    /// Appends one snapshot recording its source (see [#appendFrom]) and returns its id.
    public long append(Tx tx, long workspaceId, Long importId, String reason, String source, ScoreColumns scores)
            throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO score_snapshot "
                + "(workspace_id, import_id, taken_at, reason, accounts, payload, scored_from) VALUES (?, ?, ?, ?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            setHeader(insert, workspaceId, importId, reason);
            insert.setInt(5, scores.size());
            insert.setBytes(6, ScoreSnapshotCodec.encode(scores));
            insert.setString(7, source);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /// Appends a snapshot of the scores `source` (a fingerprint of the account snapshot and the
    /// configuration they were computed from) gives. When the workspace already has an entry
    /// from the same source, its payload is copied inside the database: the scores would be the
    /// same to the bit, and computing, banding and encoding a million accounts is what an
    /// unchanged re-import would spend its time on. Otherwise `scores` is asked for and encoded.
    public void appendFrom(Tx tx, long workspaceId, Long importId, String reason, String source,
                           java.util.function.Supplier<ScoreColumns> scores) throws SQLException {
        Optional<Long> same = bySource(tx, workspaceId, source);
        if (same.isEmpty()) {
            append(tx, workspaceId, importId, reason, source, scores.get());
            return;
        }
        try (PreparedStatement copy = tx.connection().prepareStatement("INSERT INTO score_snapshot "
                + "(workspace_id, import_id, taken_at, reason, accounts, payload, scored_from) "
                + "SELECT ?, ?, ?, ?, accounts, payload, scored_from FROM score_snapshot WHERE id = ?")) {
            setHeader(copy, workspaceId, importId, reason);
            copy.setLong(5, same.get());
            copy.executeUpdate();
        }
    }

    /// The workspace's newest entry computed from `source`, if any.
    private static Optional<Long> bySource(Tx tx, long workspaceId, String source) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement("SELECT id FROM score_snapshot "
                + "WHERE workspace_id = ? AND scored_from = ? ORDER BY id DESC LIMIT 1")) {
            query.setLong(1, workspaceId);
            query.setString(2, source);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void setHeader(PreparedStatement insert, long workspaceId, Long importId, String reason)
            throws SQLException {
        insert.setLong(1, workspaceId);
        if (importId == null) {
            insert.setNull(2, java.sql.Types.BIGINT);
        } else {
            insert.setLong(2, importId);
        }
        Jdbc.setInstant(insert, 3, Jdbc.now());
        insert.setString(4, reason);
    }

    /// The workspace's snapshots, oldest first.
    public List<ScoreSnapshot> list(Tx tx, long workspaceId) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(SELECT + "ORDER BY id")) {
            query.setLong(1, workspaceId);
            List<ScoreSnapshot> out = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long importId = rs.getLong("import_id");
                    Long imported = rs.wasNull() ? null : importId;
                    out.add(new ScoreSnapshot(rs.getLong("id"), imported,
                            Jdbc.getInstant(rs, "taken_at"), rs.getString("reason"), rs.getInt("accounts")));
                }
            }
            return out;
        }
    }

    public Optional<List<ScorePoint>> points(Tx tx, long snapshotId) throws SQLException {
        return columns(tx, snapshotId, true).map(ScoreColumns::points);
    }

    /// One snapshot's scores as columns; `withBands` false leaves the KPI bands out.
    public Optional<ScoreColumns> columns(Tx tx, long snapshotId, boolean withBands) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement("SELECT payload FROM score_snapshot WHERE id = ?")) {
            query.setLong(1, snapshotId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(ScoreSnapshotCodec.decode(rs.getBytes(1), withBands)) : Optional.empty();
            }
        }
    }

    /// Removes the snapshots an import created (its undo), returning how many.
    public int deleteForImport(Tx tx, long importId) throws SQLException {
        try (PreparedStatement delete = tx.connection().prepareStatement("DELETE FROM score_snapshot WHERE import_id = ?")) {
            delete.setLong(1, importId);
            return delete.executeUpdate();
        }
    }
}
