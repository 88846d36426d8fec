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

    private static final String SELECT = "SELECT id, import_id, taken_at, reason, accounts FROM score_snapshot "
            + "WHERE workspace_id = ? ";

    public long append(Tx tx, long workspaceId, Long importId, String reason, List<ScorePoint> points) throws SQLException {
        return append(tx, workspaceId, importId, reason, ScoreColumns.of(points));
    }

    /// Appends one snapshot and returns its id.
    public long append(Tx tx, long workspaceId, Long importId, String reason, ScoreColumns scores) throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO score_snapshot "
                + "(workspace_id, import_id, taken_at, reason, accounts, payload) VALUES (?, ?, ?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, workspaceId);
            if (importId == null) {
                insert.setNull(2, java.sql.Types.BIGINT);
            } else {
                insert.setLong(2, importId);
            }
            Jdbc.setInstant(insert, 3, Jdbc.now());
            insert.setString(4, reason);
            insert.setInt(5, scores.size());
            insert.setBytes(6, ScoreSnapshotCodec.encode(scores));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
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
