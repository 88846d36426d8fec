package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/// The import log of a workspace, and undo of its last import (docs/storage.md, section 1):
/// an import is `live` or `undone`; the workspace's current accounts are the snapshot of its
/// newest live import, so undo is a flip of that import's state.
public final class ImportRepository {

    private static final Logger LOG = Logger.getLogger(ImportRepository.class.getName());

    /// State of an import whose snapshot counts.
    static final String LIVE = "live";
    /// State of an undone import; its row stays as history.
    static final String UNDONE = "undone";

    private static final String SELECT = "SELECT id, workspace_id, file_name, content_sha256, sheet, format, "
            + "imported_at, accounts, kpi_records, skipped_rows, warnings FROM import_run WHERE workspace_id = ? "
            + "AND state = '" + LIVE + "' ";

    private final SnapshotRepository snapshots = new SnapshotRepository();

    /// Records the start of an import, live from the start (its transaction makes it visible
    /// only with everything it wrote). `imported_by` is the database user (the OS user on H2).
    public long start(Tx tx, long workspaceId, String fileName, String contentSha256, String sheet, String format)
            throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO import_run "
                + "(workspace_id, file_name, content_sha256, sheet, format, imported_at, state, imported_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, workspaceId);
            insert.setString(2, fileName);
            insert.setString(3, contentSha256);
            insert.setString(4, sheet);
            insert.setString(5, format);
            Jdbc.setInstant(insert, 6, Jdbc.now());
            insert.setString(7, LIVE);
            insert.setString(8, tx.user());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /// Stores the import's totals once its rows are written.
    public void finish(Tx tx, long importId, int accounts, int kpiRecords, int skippedRows, int warnings)
            throws SQLException {
        try (PreparedStatement update = tx.connection().prepareStatement("UPDATE import_run SET accounts = ?, "
                + "kpi_records = ?, skipped_rows = ?, warnings = ? WHERE id = ?")) {
            update.setInt(1, accounts);
            update.setInt(2, kpiRecords);
            update.setInt(3, skippedRows);
            update.setInt(4, warnings);
            update.setLong(5, importId);
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("No import with id " + importId);
            }
        }
    }

    /// Points the import at the snapshot of the accounts it leaves current.
    public void attach(Tx tx, long importId, long snapshotId) throws SQLException {
        set(tx, importId, "snapshot_id", snapshotId);
    }

    /// Fingerprint of the mapping and configuration the import used (see [#unchanged]).
    public void recordSettings(Tx tx, long importId, String settingsSha256) throws SQLException {
        set(tx, importId, "settings_sha256", settingsSha256);
    }

    private static void set(Tx tx, long importId, String column, Object value) throws SQLException {
        try (PreparedStatement update = tx.connection().prepareStatement(
                "UPDATE import_run SET " + column + " = ? WHERE id = ?")) {
            update.setObject(1, value);
            update.setLong(2, importId);
            update.executeUpdate();
        }
    }

    /// The newest live import when it read the same content with the same settings and its
    /// snapshot is still stored: a re-import of it can point at that snapshot.
    public Optional<UnchangedImport> unchanged(Tx tx, long workspaceId, String contentSha256, String settingsSha256)
            throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement("SELECT i.id, i.snapshot_id, "
                + "i.content_sha256, i.settings_sha256 FROM import_run i WHERE i.workspace_id = ? AND i.state = '"
                + LIVE + "' ORDER BY i.id DESC LIMIT 1")) {
            query.setLong(1, workspaceId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || contentSha256 == null || settingsSha256 == null
                        || !contentSha256.equals(rs.getString(3)) || !settingsSha256.equals(rs.getString(4))) {
                    return Optional.empty();
                }
                long snapshot = rs.getLong(2);
                return rs.wasNull() ? Optional.empty() : Optional.of(new UnchangedImport(rs.getLong(1), snapshot));
            }
        }
    }

    /// A previous import a re-import can reuse: its id and snapshot.
    public record UnchangedImport(long importId, long snapshotId) {
    }

    public Optional<ImportRecord> last(Tx tx, long workspaceId) throws SQLException {
        List<ImportRecord> found = query(tx, workspaceId, "ORDER BY id DESC LIMIT 1");
        return found.stream().findFirst();
    }

    /// The workspace's live imports, newest first.
    public List<ImportRecord> list(Tx tx, long workspaceId) throws SQLException {
        return query(tx, workspaceId, "ORDER BY id DESC");
    }

    /// The state (`live` or `undone`) of every import of the workspace, newest first: undone
    /// imports stay as history.
    public List<String> states(Tx tx, long workspaceId) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(
                "SELECT state FROM import_run WHERE workspace_id = ? ORDER BY id DESC")) {
            query.setLong(1, workspaceId);
            try (ResultSet rs = query.executeQuery()) {
                var result = new ArrayList<String>();
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
                return result;
            }
        }
    }

    /// Reverts the workspace's last live import: flips it to undone (its row stays as history)
    /// and deletes the snapshots no live import in the retention window needs any more, so the
    /// previous import's snapshot is current again, exactly as it was. Returns the undone
    /// import, or empty when the workspace has none or the snapshot before it is no longer kept
    /// (undo reaches back [SnapshotRepository#RETAINED] imports). Calling it again undoes the
    /// import before.
    public Optional<ImportRecord> undoLast(Tx tx, long workspaceId) throws SQLException {
        Optional<ImportRecord> last = last(tx, workspaceId);
        if (last.isEmpty()) {
            return last;
        }
        long importId = last.get().id();
        if (!previousIsRestorable(tx, workspaceId, importId)) {
            LOG.info(() -> "Not undoing import " + importId + ": the snapshot before it is beyond the retention window");
            return Optional.empty();
        }
        try (PreparedStatement statement = tx.connection().prepareStatement(
                "UPDATE import_run SET state = '" + UNDONE + "' WHERE id = ?")) {
            statement.setLong(1, importId);
            statement.executeUpdate();
        }
        int deleted = snapshots.prune(tx, workspaceId);
        LOG.info(() -> "Undid import " + importId + " of workspace " + workspaceId + "; deleted " + deleted + " snapshot(s)");
        return last;
    }

    // The live import before `importId` must still have its snapshot (or there must be none);
    // import rows keep the id of a snapshot deleted by retention, hence the join.
    private static boolean previousIsRestorable(Tx tx, long workspaceId, long importId) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement("SELECT s.id FROM import_run i "
                + "LEFT JOIN account_snapshot s ON s.id = i.snapshot_id "
                + "WHERE i.workspace_id = ? AND i.state = '" + LIVE + "' AND i.id < ? ORDER BY i.id DESC LIMIT 1")) {
            query.setLong(1, workspaceId);
            query.setLong(2, importId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return true;
                }
                rs.getLong(1);
                return !rs.wasNull();
            }
        }
    }

    private static List<ImportRecord> query(Tx tx, long workspaceId, String suffix) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(SELECT + suffix)) {
            query.setLong(1, workspaceId);
            try (ResultSet rs = query.executeQuery()) {
                var result = new ArrayList<ImportRecord>();
                while (rs.next()) {
                    result.add(new ImportRecord(rs.getLong("id"), rs.getLong("workspace_id"),
                            rs.getString("file_name"), rs.getString("content_sha256"), rs.getString("sheet"),
                            rs.getString("format"), Jdbc.getInstant(rs, "imported_at"), rs.getInt("accounts"),
                            rs.getInt("kpi_records"), rs.getInt("skipped_rows"), rs.getInt("warnings")));
                }
                return result;
            }
        }
    }
}
