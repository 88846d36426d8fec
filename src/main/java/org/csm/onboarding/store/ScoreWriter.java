package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthScore;

/// Writes health scores in JDBC batches; get one from [ScoreRepository#writer]. A score is
/// attached to the workspace's current row for its external id and replaces that row's
/// previous score; a score for an id with no current account is dropped.
public final class ScoreWriter extends BatchWriter {

    /// Score columns per category: the enum name in lower case (see V2__health_scores.sql).
    static final String CATEGORY_COLUMNS = Arrays.stream(Category.values())
            .map(ScoreWriter::column).collect(Collectors.joining(", "));
    private static final List<String> COLUMNS = Stream.concat(Stream.concat(
            Stream.of("account_id", "workspace_id", "external_account_id", "account_name", "overall", "status", "coverage"),
            Arrays.stream(Category.values()).map(ScoreWriter::column)), Stream.of("computed_at")).toList();

    private final long workspaceId;
    private final Instant computedAt;
    private final PreparedStatement merge;

    ScoreWriter(Tx tx, long workspaceId) throws SQLException {
        super(tx);
        this.workspaceId = workspaceId;
        // One time stamp per rescore: all scores of a run were computed from the same config.
        this.computedAt = Jdbc.now();
        String values = "?, ".repeat(4 + Category.values().length);
        merge = batched(tx.dialect().upsert("health_score", List.of("account_id"), COLUMNS,
                "SELECT a.id, a.workspace_id, a.external_account_id, " + values + "? FROM account a "
                + "WHERE a.workspace_id = ? AND a.external_account_id = ? AND a.superseded_by IS NULL"));
    }

    static String column(Category category) {
        return category.name().toLowerCase(java.util.Locale.ROOT);
    }

    /// Adds one account's score; its `kpis` are not stored (they are recomputed on demand).
    public void write(HealthScore score) throws SQLException {
        int i = 1;
        merge.setString(i++, score.accountName());
        Jdbc.setDouble(merge, i++, score.overall());
        merge.setString(i++, score.status().code());
        merge.setDouble(i++, score.coverage());
        for (Category category : Category.values()) {
            Jdbc.setDouble(merge, i++, score.categories().get(category));
        }
        Jdbc.setInstant(merge, i++, computedAt);
        merge.setLong(i++, workspaceId);
        merge.setString(i, score.externalAccountId());
        merge.addBatch();
        itemAdded();
    }
}
