package org.csm.onboarding.service;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.engine.score.HealthScorer;
import org.csm.onboarding.engine.score.ScoringContext;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.store.AccountRepository;
import org.csm.onboarding.store.ScoreRepository;
import org.csm.onboarding.store.ScoreWriter;
import org.csm.onboarding.store.Tx;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/// Scores every current account of a workspace with its configuration and stores the scores,
/// inside the caller's transaction (so an import and its scores commit together). Two streamed
/// passes: the first finds the health-score scale, the second scores.
final class WorkspaceScorer {

    private static final int PROGRESS_EVERY = 1_000;

    private final AccountRepository accounts = new AccountRepository();
    private final ScoreRepository scores = new ScoreRepository();
    private final HealthScorer scorer = new HealthScorer();

    ScoreSummary rescore(Tx tx, long workspaceId, OnboardingConfig config, Progress progress) throws SQLException {
        HealthScaleResolver.Resolution scale = healthScale(tx, accounts, workspaceId, config);
        ScoringContext ctx = ScoringContext.of(KpiCatalog.standard(), config, scale.scale());
        scores.clear(tx, workspaceId);
        Map<HealthStatus, Integer> byStatus = new EnumMap<>(HealthStatus.class);
        int total = accounts.countCurrent(tx, workspaceId);
        int[] done = {0};
        try (ScoreWriter writer = scores.writer(tx, workspaceId)) {
            accounts.forEachCurrent(tx, workspaceId, stored -> {
                progress.checkCancelled();
                HealthScore score = scorer.score(stored.account().externalAccountId(), stored.account().accountName(),
                        stored.kpis(), ctx);
                byStatus.merge(score.status(), 1, Integer::sum);
                try {
                    writer.write(score);
                } catch (SQLException e) {
                    throw new StoreFailure(e);
                }
                if (++done[0] % PROGRESS_EVERY == 0) {
                    progress.update("Scoring accounts", done[0], total);
                }
            });
        } catch (StoreFailure e) {
            throw e.sql;
        }
        progress.update("Scoring accounts", total, total);
        return new ScoreSummary(total, byStatus, scale);
    }

    /// The health-score scale for the workspace's stored data: the largest health_score decides.
    static HealthScaleResolver.Resolution healthScale(Tx tx, AccountRepository accounts, long workspaceId,
                                                      OnboardingConfig config) throws SQLException {
        Double[] max = {null};
        accounts.forEachCurrent(tx, workspaceId, stored -> max[0] = HealthScaleResolver.maxHealthScore(stored.kpis(), max[0]));
        return HealthScaleResolver.resolve(config, max[0]);
    }

    /// Carries an SQLException out of a Consumer lambda.
    static final class StoreFailure extends RuntimeException {
        final SQLException sql;

        StoreFailure(SQLException sql) {
            super(sql);
            this.sql = sql;
        }

        /// The failure as the store reports its own: a message for the user, the cause for the log.
        org.csm.onboarding.store.StoreException asStoreException(String what) {
            return new org.csm.onboarding.store.StoreException(org.csm.onboarding.store.StoreException.Kind.OTHER,
                    what + ": " + sql.getMessage(), sql);
        }
    }
}
