package org.csm.onboarding.store;

import org.csm.onboarding.model.CellEdit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// What an import records beyond its counts (V7): why rows were skipped, as reason code ->
/// rows, and the cells the CSM fixed in the preview with the file's original value.
public final class ImportNotesRepository {

    /// The column holds "code=rows;code=rows"; a reason list that long is cut, never refused.
    private static final int MAX_REASONS = 2000;
    private static final int MAX_VALUE = 4000;

    public void saveSkipped(Tx tx, long importId, Map<String, Integer> rowsByReason) throws SQLException {
        if (rowsByReason.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        rowsByReason.forEach((code, rows) -> text.append(text.isEmpty() ? "" : ";").append(code).append('=').append(rows));
        try (PreparedStatement update = tx.connection().prepareStatement("UPDATE import_run SET skipped_reasons = ? WHERE id = ?")) {
            update.setString(1, text.length() > MAX_REASONS ? text.substring(0, MAX_REASONS) : text.toString());
            update.setLong(2, importId);
            update.executeUpdate();
        }
    }

    /// Reason code -> rows skipped, in the order written; empty when nothing was skipped.
    public Map<String, Integer> skipped(Tx tx, long importId) throws SQLException {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT skipped_reasons FROM import_run WHERE id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                String text = rs.next() ? rs.getString(1) : null;
                if (text != null && !text.isBlank()) {
                    for (String part : text.split(";")) {
                        int eq = part.indexOf('=');
                        if (eq > 0) {
                            reasons.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
                        }
                    }
                }
            }
        }
        return reasons;
    }

    public void saveEdits(Tx tx, long importId, List<CellEdit> edits) throws SQLException {
        if (edits.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO import_cell_edit "
                + "(import_id, source_row, column_header, original_value, edited_value) VALUES (?, ?, ?, ?, ?)")) {
            for (CellEdit e : edits) {
                insert.setLong(1, importId);
                insert.setInt(2, e.row());
                insert.setString(3, cut(e.column()));
                insert.setString(4, cut(e.original()));
                insert.setString(5, cut(e.edited()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /// The import's edits by row, then column.
    public List<CellEdit> edits(Tx tx, long importId) throws SQLException {
        List<CellEdit> edits = new ArrayList<>();
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT source_row, column_header, original_value, "
                + "edited_value FROM import_cell_edit WHERE import_id = ? ORDER BY source_row, column_header")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    edits.add(new CellEdit(rs.getInt(1), rs.getString(2), Optional.ofNullable(rs.getString(3)).orElse(""),
                            rs.getString(4)));
                }
            }
        }
        return edits;
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    }
}
