package org.csm.onboarding.service;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.engine.score.ScoringContext;
import org.csm.onboarding.engine.score.TableScorer;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.store.AccountRepository;
import org.csm.onboarding.store.ConfigJson;
import org.csm.onboarding.store.SnapshotRepository;
import org.csm.onboarding.store.Tx;

import java.sql.SQLException;
import java.util.List;

/// Scores a workspace's current accounts with its configuration (docs/storage.md, section 3):
/// scores are a pure function of (snapshot, configuration), computed column-wise in memory by
/// [TableScorer] and never stored, so a configuration change needs no database write.
final class WorkspaceScorer {

    private final AccountRepository accounts = new AccountRepository();

    /// The workspace's current accounts scored with `config`, inside the caller's transaction
    /// (an import's pending accounts are saved first, so they are scored too).
    Scored score(Tx tx, long workspaceId, OnboardingConfig config) throws SQLException {
        return score(accounts.table(tx, workspaceId), config);
    }

    static Scored score(AccountTable table, OnboardingConfig config) {
        return score(table, config, true);
    }

    /// [#score(Tx, long, OnboardingConfig)] without the category columns (`scores().categories()`
    /// is null): enough for status counts, a slider's live numbers and the score history.
    Scored scoreOverall(Tx tx, long workspaceId, OnboardingConfig config) throws SQLException {
        return scoreOverall(accounts.table(tx, workspaceId), config);
    }

    static Scored scoreOverall(AccountTable table, OnboardingConfig config) {
        return score(table, config, false);
    }

    private static Scored score(AccountTable table, OnboardingConfig config, boolean withCategories) {
        HealthScaleResolver.Resolution scale = HealthScaleResolver.resolve(config, TableScorer.maxHealthScore(table));
        ScoringContext ctx = ScoringContext.of(config.catalog(), config, scale.scale());
        return new Scored(table, ctx, scale,
                withCategories ? TableScorer.score(table, ctx) : TableScorer.scoreOverall(table, ctx));
    }

    /// Scores and summarises; the summary is what an import or a configuration change reports.
    ScoreSummary rescore(Tx tx, long workspaceId, OnboardingConfig config, Progress progress) throws SQLException {
        return rescore(tx, workspaceId, config, progress, scored -> { });
    }

    /// [#rescore], and the result appended to the score history (issue 9) in the same
    /// transaction: `importId` is the import that caused it, null for a configuration change.
    ScoreSummary rescoreAndRemember(Tx tx, long workspaceId, OnboardingConfig config, Progress progress, Long importId,
                                    String reason) throws SQLException {
        return rescore(tx, workspaceId, config, progress,
                scored -> ScoreHistory.record(tx, workspaceId, importId, reason, scored, source(tx, workspaceId, config)));
    }

    /// What the scores are a pure function of (docs/storage.md, section 3): the current account
    /// snapshot, which never changes once written, and the configuration's text; null before the
    /// first import. Read after scoring, so an import's pending accounts are in that snapshot.
    private static String source(Tx tx, long workspaceId, OnboardingConfig config) throws SQLException {
        return new SnapshotRepository().currentId(tx, workspaceId)
                .map(snapshot -> ContentHash.sha256(snapshot + "\n" + ConfigJson.write(config))).orElse(null);
    }

    /// One scoring pass with its progress; `then` runs before the pass reports itself done.
    private ScoreSummary rescore(Tx tx, long workspaceId, OnboardingConfig config, Progress progress,
                                 AfterScoring then) throws SQLException {
        progress.update("Scoring accounts", 0, -1);
        Scored scored = scoreOverall(tx, workspaceId, config);
        then.accept(scored);
        progress.update("Scoring accounts", scored.table().size(), scored.table().size());
        return scored.summary();
    }

    /// What a caller does with the scores inside the same transaction (e.g. remember them).
    @FunctionalInterface
    private interface AfterScoring {
        void accept(Scored scored) throws SQLException;
    }

    /// The health-score scale for the workspace's stored data: the largest health_score decides.
    static HealthScaleResolver.Resolution healthScale(Tx tx, AccountRepository accounts, long workspaceId,
                                                      OnboardingConfig config) throws SQLException {
        return HealthScaleResolver.resolve(config, TableScorer.maxHealthScore(accounts.table(tx, workspaceId)));
    }

    /// A scored table: the columns, the context they were scored with and the results.
    record Scored(AccountTable table, ScoringContext ctx, HealthScaleResolver.Resolution scale,
                  TableScorer.Scores scores) {

        ScoreSummary summary() {
            return new ScoreSummary(table.size(), scores.byStatus(), scale);
        }

        /// Row `row`'s score with its categories; the KPI explanation left out, as a list wants it.
        HealthScore listed(int row) {
            HealthScore full = TableScorer.explain(table, row, ctx);
            return new HealthScore(full.externalAccountId(), full.accountName(), full.overall(), full.status(),
                    full.coverage(), full.categories(), List.of());
        }
    }

    /// Carries an SQLException out of a Consumer lambda.
    static final class StoreFailure extends RuntimeException {
        final SQLException sql;

        StoreFailure(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }
}
