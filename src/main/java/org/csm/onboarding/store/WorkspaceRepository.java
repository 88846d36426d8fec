package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Workspaces by name; names are unique and compared exactly (after trimming).
public final class WorkspaceRepository {

    private static final String SELECT = "SELECT w.id, w.name, w.created_at, "
            + "(SELECT MAX(i.imported_at) FROM import_run i WHERE i.workspace_id = w.id) AS last_import_at "
            + "FROM workspace w ";

    public Workspace getOrCreate(Tx tx, String name) throws SQLException {
        String trimmed = checked(name);
        Optional<Workspace> existing = find(tx, trimmed);
        if (existing.isPresent()) {
            return existing.get();
        }
        var createdAt = Jdbc.now();
        try (PreparedStatement insert = tx.connection().prepareStatement(
                "INSERT INTO workspace (name, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, trimmed);
            Jdbc.setInstant(insert, 2, createdAt);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Workspace(keys.getLong(1), trimmed, createdAt, null);
            }
        }
    }

    public Optional<Workspace> find(Tx tx, String name) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(SELECT + "WHERE w.name = ?")) {
            query.setString(1, checked(name));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /// All workspaces by name, each with the time of its last import.
    public List<Workspace> list(Tx tx) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(SELECT + "ORDER BY w.name");
             ResultSet rs = query.executeQuery()) {
            var result = new ArrayList<Workspace>();
            while (rs.next()) {
                result.add(read(rs));
            }
            return result;
        }
    }

    private static Workspace read(ResultSet rs) throws SQLException {
        return new Workspace(rs.getLong("id"), rs.getString("name"), Jdbc.getInstant(rs, "created_at"),
                Jdbc.getInstant(rs, "last_import_at"));
    }

    private static String checked(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A workspace needs a name.");
        }
        return name.strip();
    }
}
