package org.csm.onboarding.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.read.TableReaders;
import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.engine.score.HealthScorer;
import org.csm.onboarding.engine.score.ScoringContext;
import org.csm.onboarding.engine.transform.TableTransformer;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.OnboardingConfig;

/// Scores a file's accounts in memory, before anything is stored, so the wizard can show live
/// Healthy / At Risk / Critical counts while the CSM moves weights and thresholds. Only rows free
/// of errors count (those an import would store); files beyond [#MAX_ACCOUNTS] are sampled by
/// their first rows, which keeps the wizard responsive.
public final class DraftScoring {

    /// Enough for any real book of business; beyond it the counts describe the first accounts.
    public static final int MAX_ACCOUNTS = 20_000;

    private DraftScoring() {
    }

    /// An account's identity and KPI values, as read from a file or from the store.
    public record DraftAccount(String externalId, String name, Double revenue, List<KpiRecord> kpis) {
        public DraftAccount {
            kpis = List.copyOf(kpis);
        }
    }

    /// Reads the accounts of the analysed file (rows with errors left out) with the KPIs of
    /// `catalog`: the draft configuration's, so its custom KPIs are read too.
    public static List<DraftAccount> collect(FileAnalysis analysis, KpiCatalog catalog, Progress progress)
            throws IOException, FileRefusedException {
        List<DraftAccount> accounts = new ArrayList<>();
        try (TableReader reader = analysis.open()) {
            TableTransformer.run(reader, analysis.layout(), analysis.mapping(), catalog, progress, row -> {
                if (!row.hasErrors() && accounts.size() < MAX_ACCOUNTS) {
                    accounts.add(of(row));
                }
            });
        }
        return List.copyOf(accounts);
    }

    static DraftAccount of(AccountRow row) {
        return new DraftAccount(row.account().externalAccountId(), row.account().accountName(), row.account().revenue(),
                row.kpis());
    }

    /// Scores every account with `config`, keyed by external id in input order.
    public static Map<String, HealthScore> score(List<DraftAccount> accounts, OnboardingConfig config) {
        ScoringContext ctx = ScoringContext.of(config.catalog(), config, resolve(accounts, config).scale());
        HealthScorer scorer = new HealthScorer();
        Map<String, HealthScore> scores = new LinkedHashMap<>();
        for (DraftAccount a : accounts) {
            scores.put(a.externalId(), scorer.score(a.externalId(), a.name(), a.kpis(), ctx));
        }
        return scores;
    }

    /// The health-score scale these accounts' values imply under `config`.
    public static HealthScaleResolver.Resolution resolve(List<DraftAccount> accounts, OnboardingConfig config) {
        Double max = null;
        for (DraftAccount a : accounts) {
            max = HealthScaleResolver.maxHealthScore(a.kpis(), max);
        }
        return HealthScaleResolver.resolve(config, max);
    }
}
