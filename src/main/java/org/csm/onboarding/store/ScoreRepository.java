package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;

/// Stored health scores of a workspace's current accounts.
///
/// Scores are tied to the account row id, not the external id: an import that supersedes a
/// row hides its score (the row is no longer current) and the service rescores; an undo
/// deletes the undone rows' scores by cascade and the restored rows show their old scores
/// again. A rescore after undo is still advised when the config changed in between.
public final class ScoreRepository {

    private static final String SELECT = "SELECT s.external_account_id, s.account_name, s.overall, s.status, "
            + "s.coverage, " + ScoreWriter.CATEGORY_COLUMNS + " FROM health_score s "
            + "JOIN account a ON a.id = s.account_id WHERE s.workspace_id = ? AND a.superseded_by IS NULL ";

    /// A batch writer, flushed automatically before reads and at commit.
    public ScoreWriter writer(Tx tx, long workspaceId) throws SQLException {
        return tx.writer(new WriterKey(workspaceId), () -> new ScoreWriter(tx, workspaceId));
    }

    /// Removes every score of the workspace, before a full rescore.
    public void clear(Tx tx, long workspaceId) throws SQLException {
        try (PreparedStatement delete = tx.connection().prepareStatement("DELETE FROM health_score WHERE workspace_id = ?")) {
            delete.setLong(1, workspaceId);
            delete.executeUpdate();
        }
    }

    /// Scores of current accounts by external id, with an empty `kpis` list.
    public List<HealthScore> list(Tx tx, long workspaceId) throws SQLException {
        var result = new ArrayList<HealthScore>();
        forEach(tx, workspaceId, result::add);
        return result;
    }

    /// Like [#list] without holding every score in memory.
    public void forEach(Tx tx, long workspaceId, Consumer<HealthScore> consumer) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(SELECT + "ORDER BY s.external_account_id")) {
            query.setLong(1, workspaceId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(read(rs));
                }
            }
        }
    }

    public Optional<HealthScore> find(Tx tx, long workspaceId, String externalId) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(SELECT + "AND s.external_account_id = ?")) {
            query.setLong(1, workspaceId);
            query.setString(2, externalId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /// When the current scores were computed (the latest run), empty when there are none.
    public Optional<Instant> lastComputed(Tx tx, long workspaceId) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(
                "SELECT MAX(s.computed_at) AS computed_at FROM health_score s "
                        + "JOIN account a ON a.id = s.account_id WHERE s.workspace_id = ? AND a.superseded_by IS NULL")) {
            query.setLong(1, workspaceId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return Optional.ofNullable(Jdbc.getInstant(rs, "computed_at"));
            }
        }
    }

    private static HealthScore read(ResultSet rs) throws SQLException {
        var categories = new EnumMap<Category, Double>(Category.class);
        for (Category category : Category.values()) {
            Double value = Jdbc.getDouble(rs, ScoreWriter.column(category));
            if (value != null) {
                categories.put(category, value);
            }
        }
        return new HealthScore(rs.getString("external_account_id"), rs.getString("account_name"),
                Jdbc.getDouble(rs, "overall"), status(rs.getString("status")), rs.getDouble("coverage"),
                categories, List.of());
    }

    private static HealthStatus status(String code) {
        for (HealthStatus status : HealthStatus.values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalStateException("Unknown stored health status: " + code);
    }

    private record WriterKey(long workspaceId) {
    }
}
