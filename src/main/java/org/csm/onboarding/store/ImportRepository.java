package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/// The import log of a workspace, and undo of its last import.
public final class ImportRepository {

    private static final Logger LOG = Logger.getLogger(ImportRepository.class.getName());

    private static final String SELECT = "SELECT id, workspace_id, file_name, content_sha256, sheet, format, "
            + "imported_at, accounts, kpi_records, skipped_rows, warnings FROM import_run WHERE workspace_id = ? ";

    /// Records the start of an import; its id tags every row the import writes.
    public long start(Tx tx, long workspaceId, String fileName, String contentSha256, String sheet, String format)
            throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO import_run "
                + "(workspace_id, file_name, content_sha256, sheet, format, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, workspaceId);
            insert.setString(2, fileName);
            insert.setString(3, contentSha256);
            insert.setString(4, sheet);
            insert.setString(5, format);
            Jdbc.setInstant(insert, 6, Jdbc.now());
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

    public Optional<ImportRecord> last(Tx tx, long workspaceId) throws SQLException {
        List<ImportRecord> found = query(tx, workspaceId, "ORDER BY id DESC LIMIT 1");
        return found.stream().findFirst();
    }

    /// The workspace's imports, newest first.
    public List<ImportRecord> list(Tx tx, long workspaceId) throws SQLException {
        return query(tx, workspaceId, "ORDER BY id DESC");
    }

    /// Reverts the workspace's last import exactly: deletes the account rows it wrote (their
    /// profiles, KPI records and scores go with them by cascade), makes the rows it superseded
    /// current again, and deletes its import record. Returns the undone import, or empty when
    /// the workspace has none. Calling it again undoes the import before.
    public Optional<ImportRecord> undoLast(Tx tx, long workspaceId) throws SQLException {
        Optional<ImportRecord> last = last(tx, workspaceId);
        if (last.isEmpty()) {
            return last;
        }
        long importId = last.get().id();
        // Delete before restoring: rows written twice by this import are superseded by it too.
        int deleted = update(tx, "DELETE FROM account WHERE import_id = ?", importId);
        int restored = update(tx, "UPDATE account SET superseded_by = NULL WHERE superseded_by = ?", importId);
        update(tx, "DELETE FROM import_run WHERE id = ?", importId);
        LOG.info(() -> "Undid import " + importId + " of workspace " + workspaceId + ": removed " + deleted
                + " account rows, restored " + restored);
        return last;
    }

    private static int update(Tx tx, String sql, long id) throws SQLException {
        try (PreparedStatement statement = tx.connection().prepareStatement(sql)) {
            statement.setLong(1, id);
            return statement.executeUpdate();
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
