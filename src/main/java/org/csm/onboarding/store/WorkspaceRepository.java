package org.csm.onboarding.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csm.onboarding.store.dialect.Failure;

/// Workspaces by name; names are unique and compared exactly (after trimming).
public final class WorkspaceRepository {

    // SQLSTATE of a unique-constraint violation, the same in H2 and PostgreSQL.
    private static final String UNIQUE_VIOLATION = "23505";

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
        Connection connection = tx.connection();
        // Two users creating the same workspace at once on a team database: the second insert
        // fails on the unique name once the first commits, and then finds that workspace.
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO workspace (name, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, trimmed);
            Jdbc.setInstant(insert, 2, createdAt);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Workspace(keys.getLong(1), trimmed, createdAt, null);
            }
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeInsert);
            return find(tx, trimmed).orElseThrow(() -> e);
        }
    }

    /// Takes the lock of workspace `name` until the transaction ends, so two imports (or undos)
    /// of one workspace take turns (docs/storage.md section 4) while other workspaces go on; the
    /// workspace need not exist yet. Call it first in the transaction: it waits up to the store's
    /// lock timeout, then rolls the transaction back and fails with [StoreException.Kind#BUSY]
    /// naming the database user who holds the lock.
    public void lock(Tx tx, String name) throws SQLException, StoreException {
        Connection connection = tx.connection();
        try {
            tx.dialect().lockWorkspace(connection, checked(name));
        } catch (SQLException e) {
            if (tx.dialect().classify(e) != Failure.BUSY) {
                throw e;
            }
            connection.rollback();
            String holder = tx.dialect().workspaceLockHolder(connection, checked(name)).orElse("Someone else");
            connection.rollback();
            throw StoreException.busy(holder, e);
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
