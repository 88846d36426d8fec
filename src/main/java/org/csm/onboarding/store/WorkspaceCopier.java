package org.csm.onboarding.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// Copies one workspace with everything it owns (configuration, mapping, imports, account
/// snapshots, score history) from one database to another, H2 or PostgreSQL either way, in one
/// target transaction: the copy appears whole or not at all. Row ids are the target's own; the
/// references between the copied rows are remapped. Remembered column mappings (global, by
/// header signature) are added where the target has none for that signature.
public final class WorkspaceCopier {

    /// A table copied with the workspace: the rows selected by `owner` (a condition on the
    /// source workspace id), in `order`, with `id` regenerated (null: no id of its own) and each
    /// column of `references` remapped to the new ids of the named table.
    record Table(String name, String id, String owner, String order, Map<String, String> references) {
    }

    // Parents before children. Snapshots before imports: import_run.snapshot_id points at them.
    static final List<Table> TABLES = List.of(
            new Table("workspace_config", null, "workspace_id = ?", "workspace_id", Map.of()),
            new Table("account_snapshot", "id", "workspace_id = ?", "id", Map.of()),
            new Table("account_segment", null, "snapshot_id IN (SELECT id FROM account_snapshot WHERE workspace_id = ?)",
                    "snapshot_id, seq", Map.of("snapshot_id", "account_snapshot")),
            new Table("import_run", "id", "workspace_id = ?", "id", Map.of("snapshot_id", "account_snapshot")),
            new Table("score_snapshot", "id", "workspace_id = ?", "id", Map.of("import_id", "import_run")),
            new Table("import_cell_edit", null, "import_id IN (SELECT id FROM import_run WHERE workspace_id = ?)",
                    "import_id, source_row, column_header", Map.of("import_id", "import_run")));

    /// Row counts per table copied.
    public record Result(String workspace, Map<String, Integer> rows) {
    }

    private final WorkspaceRepository workspaces = new WorkspaceRepository();

    /// Copies `workspace` from `from` to `to`. Refuses (IllegalArgumentException, nothing
    /// written) when the source has no such workspace or the target already has one.
    public Result copy(Store from, Store to, String workspace) throws StoreException {
        return from.transaction(source -> {
            Workspace original = workspaces.find(source, workspace).orElseThrow(() -> new IllegalArgumentException(
                    "There is no workspace \"" + workspace + "\" in " + from.location().describe() + "."));
            return to.transaction(target -> {
                if (workspaces.find(target, workspace).isPresent()) {
                    throw new IllegalArgumentException("The workspace \"" + workspace + "\" already exists in "
                            + to.location().describe() + "; nothing was copied.");
                }
                long copyId = workspaces.getOrCreate(target, workspace).id();
                Map<String, Integer> rows = new LinkedHashMap<>();
                Map<String, Map<Long, Long>> ids = new HashMap<>();
                Connection in = source.connection();
                Connection out = target.connection();
                for (Table table : TABLES) {
                    if (exists(in, table.name())) {
                        rows.put(table.name(), copyRows(in, out, table, original.id(), copyId, ids));
                    }
                }
                rows.put("column_mapping", copyMappings(in, out, target));
                return new Result(workspace, rows);
            });
        });
    }

    private static int copyRows(Connection in, Connection out, Table table, long fromWorkspace, long toWorkspace,
                                Map<String, Map<Long, Long>> ids) throws SQLException {
        Map<Long, Long> newIds = ids.computeIfAbsent(table.name(), k -> new HashMap<>());
        int count = 0;
        try (PreparedStatement select = in.prepareStatement("SELECT * FROM " + table.name() + " WHERE "
                + table.owner() + " ORDER BY " + table.order())) {
            select.setLong(1, fromWorkspace);
            try (ResultSet rs = select.executeQuery()) {
                List<Column> columns = columns(rs.getMetaData(), table.id());
                String insert = "INSERT INTO " + table.name() + " (" + String.join(", ", columns.stream()
                        .map(Column::name).toList()) + ") VALUES (" + String.join(", ", columns.stream()
                        .map(c -> "?").toList()) + ")";
                try (PreparedStatement write = table.id() == null ? out.prepareStatement(insert)
                        : out.prepareStatement(insert, new String[] {table.id()})) {
                    while (rs.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            Column column = columns.get(i);
                            Object value = column.read(rs);
                            if (column.name().equals("workspace_id")) {
                                value = toWorkspace;
                            } else if (column.name().equals(ScoreHistoryRepository.SOURCE_COLUMN)) {
                                // It names this database's snapshot ids: in another one it could match the wrong snapshot.
                                value = null;
                            } else if (table.references().containsKey(column.name()) && value != null) {
                                // A reference to a row not copied (a snapshot past retention) becomes NULL.
                                value = ids.getOrDefault(table.references().get(column.name()), Map.of())
                                        .get(((Number) value).longValue());
                            }
                            column.write(write, i + 1, value);
                        }
                        write.executeUpdate();
                        if (table.id() != null) {
                            try (ResultSet keys = write.getGeneratedKeys()) {
                                keys.next();
                                newIds.put(rs.getLong(table.id()), keys.getLong(1));
                            }
                        }
                        count++;
                    }
                }
            }
        }
        return count;
    }

    // Global mappings: the target's own choice for a signature wins.
    private static int copyMappings(Connection in, Connection out, Tx target) throws SQLException {
        MappingRepository mappings = new MappingRepository();
        int count = 0;
        try (Statement select = in.createStatement();
             ResultSet rs = select.executeQuery("SELECT header_signature, mapping_json FROM column_mapping")) {
            while (rs.next()) {
                String signature = rs.getString(1);
                if (mappings.recall(target, signature).isEmpty()) {
                    var remembered = ConfigJson.readRemembered(rs.getString(2));
                    mappings.remember(target, signature, remembered.mapping(), remembered.customKpis());
                    count++;
                }
            }
        }
        return count;
    }

    /// Whether the database has `table` (score history exists only once its migration ran).
    static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE", "BASE TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /// The workspace-owned tables of a database, for the test that no new one is forgotten.
    static List<String> tablesWithWorkspaceId(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, null, null, null)) {
            while (rs.next()) {
                String schema = Optional.ofNullable(rs.getString("TABLE_SCHEM")).orElse("").toLowerCase(Locale.ROOT);
                if (rs.getString("COLUMN_NAME").equalsIgnoreCase("workspace_id")
                        && !schema.equals("information_schema") && !schema.startsWith("pg_")) {
                    found.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return found;
    }

    private static List<Column> columns(ResultSetMetaData meta, String skip) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (!name.equals(skip)) {
                columns.add(new Column(name, meta.getColumnType(i)));
            }
        }
        return columns;
    }

    /// One column, read and written in the portable way for its JDBC type (docs/storage.md
    /// section 4: bytes for blobs, strings for text, offset date-times for timestamps).
    private record Column(String name, int type) {

        Object read(ResultSet rs) throws SQLException {
            Object value = switch (type) {
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(name);
                case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.VARCHAR, Types.CHAR -> rs.getString(name);
                case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> rs.getObject(name, OffsetDateTime.class);
                default -> rs.getObject(name);
            };
            return rs.wasNull() ? null : value;
        }

        void write(PreparedStatement statement, int index, Object value) throws SQLException {
            switch (value) {
                case null -> statement.setNull(index, type == Types.BLOB ? Types.BINARY : type == Types.CLOB ? Types.VARCHAR : type);
                case byte[] bytes -> statement.setBytes(index, bytes);
                case String text -> statement.setString(index, text);
                default -> statement.setObject(index, value);
            }
        }
    }
}
