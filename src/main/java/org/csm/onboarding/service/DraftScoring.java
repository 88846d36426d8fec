package org.csm.onboarding.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.engine.score.ScoringContext;
import org.csm.onboarding.engine.score.TableBands;
import org.csm.onboarding.engine.score.TableScorer;
import org.csm.onboarding.engine.transform.TableTransformer;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.AccountTableBuilder;

/// Scores a file's accounts in memory, before anything is stored, so the wizard can show live
/// Healthy / At Risk / Critical counts while the CSM moves weights and thresholds. Only rows free
/// of errors count (those an import would store). The accounts are held as columns and scored
/// by [TableScorer] (docs/storage.md, section 3), every one of them: a million rescore in a
/// fraction of a second, so a slider needs no sample.
public final class DraftScoring {

    private DraftScoring() {
    }

    /// The accounts a draft is scored over (a file's, or a workspace's stored ones), with the
    /// scores of the last two configurations remembered: a slider moves one configuration while
    /// the recommended one it is compared with stays the same.
    public static final class Accounts {
        private final AccountTable table;
        private final Map<OnboardingConfig, WorkspaceScorer.Scored> recent = new LinkedHashMap<>(4, 0.75f, true);

        Accounts(AccountTable table) {
            this.table = table;
        }

        public static Accounts none() {
            return new Accounts(AccountTable.empty());
        }

        public int size() {
            return table.size();
        }

        /// Revenue per account, NaN where none. Shared: do not modify.
        public double[] revenues() {
            return table.revenue();
        }

        synchronized WorkspaceScorer.Scored scored(OnboardingConfig config) {
            WorkspaceScorer.Scored scored = recent.get(config);
            if (scored == null) {
                // Counts and status changes only: no category columns (40 MB at a million accounts).
                scored = WorkspaceScorer.scoreOverall(table, config);
                recent.put(config, scored);
                if (recent.size() > 2) {
                    recent.remove(recent.keySet().iterator().next());
                }
            }
            return scored;
        }
    }

    /// An account whose status differs between two configurations.
    public record Change(String externalId, String name, HealthStatus before, HealthStatus after, double overallBefore,
                         double overallAfter) {
    }

    /// Reads the accounts of the analysed file (rows with errors left out) into columns, with the
    /// KPIs of `catalog`: the draft configuration's, so its custom KPIs are read too.
    public static Accounts collect(FileAnalysis analysis, KpiCatalog catalog, Progress progress)
            throws IOException, FileRefusedException {
        var builder = new AccountTableBuilder();
        try (TableReader reader = analysis.open()) {
            TableTransformer.run(reader, analysis.layout(), analysis.mapping(), catalog, progress, row -> {
                if (!row.hasErrors()) {
                    builder.add(row.account(), row.profile(), row.kpis());
                }
            });
        }
        return new Accounts(builder.build());
    }

    /// A workspace's stored accounts, shared with the store's snapshot (nothing is copied).
    static Accounts of(AccountTable table) {
        return new Accounts(table);
    }

    /// Accounts per status under `config`.
    public static Map<HealthStatus, Integer> counts(Accounts accounts, OnboardingConfig config) {
        return accounts.scored(config).scores().byStatus();
    }

    /// The accounts whose status under `after` differs from the one under `before`, in row order.
    public static List<Change> changes(Accounts accounts, OnboardingConfig before, OnboardingConfig after) {
        TableScorer.Scores was = accounts.scored(before).scores();
        TableScorer.Scores now = accounts.scored(after).scores();
        List<Change> changes = new ArrayList<>();
        for (int r = 0; r < now.size(); r++) {
            if (was.status()[r] != now.status()[r]) {
                changes.add(new Change(accounts.table.externalId(r), accounts.table.name(r), was.status()[r], now.status()[r],
                        orZero(was.overall()[r]), orZero(now.overall()[r])));
            }
        }
        return changes;
    }

    /// Per KPI key, how many accounts fall in each band (indexed by band ordinal) under `config`.
    public static Map<String, int[]> bandCounts(Accounts accounts, OnboardingConfig config) {
        HealthScaleResolver.Resolution scale = resolve(accounts, config);
        TableBands.Bands bands = TableBands.of(accounts.table, ScoringContext.of(config.catalog(), config, scale.scale()));
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int k = 0; k < bands.keys().size(); k++) {
            counts.put(bands.keys().get(k), bands.counts(k));
        }
        return counts;
    }

    /// The health-score scale these accounts' values imply under `config`.
    public static HealthScaleResolver.Resolution resolve(Accounts accounts, OnboardingConfig config) {
        return HealthScaleResolver.resolve(config, TableScorer.maxHealthScore(accounts.table));
    }

    /// The median revenue of the accounts that have one, NaN when none has.
    public static double medianRevenue(Accounts accounts) {
        double[] revenues = Arrays.stream(accounts.revenues()).filter(v -> !Double.isNaN(v)).sorted().toArray();
        return revenues.length == 0 ? Double.NaN : revenues[revenues.length / 2];
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
