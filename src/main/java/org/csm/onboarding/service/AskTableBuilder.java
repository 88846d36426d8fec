package org.csm.onboarding.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.engine.ask.Column;
import org.csm.onboarding.engine.ask.Unit;
import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.store.StoredAccount;

/// Lays a workspace's current accounts and their scores out as the column table the Ask engine
/// reads: one column per KPI (named as in the KPI table, with its Healthy threshold), per
/// profile field, per category score, plus overall, coverage and the gap between our score and
/// the file's own health score.
public final class AskTableBuilder {

    private static final double HEALTHY_SCORE = 67;

    private final KpiCatalog catalog;
    private final List<String> ids = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<HealthStatus> status = new ArrayList<>();
    private final List<HealthScore> scores = new ArrayList<>();
    private final List<StoredAccount> accounts = new ArrayList<>();

    public AskTableBuilder(KpiCatalog catalog) {
        this.catalog = catalog;
    }

    public AskTableBuilder add(StoredAccount account, HealthScore score) {
        ids.add(account.account().externalAccountId());
        names.add(account.account().accountName());
        status.add(score == null ? null : score.status());
        scores.add(score);
        accounts.add(account);
        return this;
    }

    /// `previous` maps external id to the status in the previous score snapshot (empty when
    /// there is none); `details` explains one account on demand.
    public AskTable build(OnboardingConfig config, HealthScaleResolver.Resolution scale, Map<String, HealthStatus> previous,
                          IntFunction<Optional<HealthScore>> details) {
        int n = ids.size();
        List<Column> columns = new ArrayList<>();
        double[] overall = new double[n];
        double[] coverage = new double[n];
        for (int r = 0; r < n; r++) {
            HealthScore s = scores.get(r);
            overall[r] = s == null || s.overall() == null ? Double.NaN : s.overall();
            coverage[r] = s == null ? Double.NaN : s.coverage() * 100;
        }
        columns.add(new Column.Numbers(AskTable.OVERALL, "Overall score", List.of(), Unit.POINTS, HEALTHY_SCORE, 1, overall));
        for (Category c : Category.values()) {
            double[] v = new double[n];
            for (int r = 0; r < n; r++) {
                HealthScore s = scores.get(r);
                Double cs = s == null ? null : s.categories().get(c);
                v[r] = cs == null ? Double.NaN : cs;
            }
            columns.add(new Column.Numbers(c.name().toLowerCase(java.util.Locale.ROOT) + "_score", c.label() + " score",
                    List.of(), Unit.POINTS, HEALTHY_SCORE, 1, v));
        }
        columns.add(new Column.Numbers(AskTable.COVERAGE, "Coverage", List.of(), Unit.PERCENT, Double.NaN, 1, coverage));
        Map<String, ReferenceRange> ranges = HealthScaleResolver.effectiveRanges(config, scale.scale());
        for (KpiDefinition def : catalog.kpis()) {
            columns.add(kpiColumn(def, ranges.get(def.key())));
        }
        table(columns, "health_score").ifPresent(file -> columns.add(gap(file, overall, scale)));
        columns.add(text("customer_segment", "Segment", r -> segment(accounts.get(r))));
        columns.add(text("csm_assigned", "CSM", r -> accounts.get(r).account().assignedCsm()));
        columns.add(text("industry", "Industry", r -> accounts.get(r).account().industry()));
        columns.add(text("use_case", "Use Case", r -> accounts.get(r).profile() == null ? null : accounts.get(r).profile().useCase()));
        columns.add(text("gpu_type_primary", "GPU Type",
                r -> accounts.get(r).profile() == null ? null : accounts.get(r).profile().gpuTypePrimary()));
        columns.add(text("region", "Region", r -> accounts.get(r).account().region()));
        HealthStatus[] prev = null;
        if (!previous.isEmpty()) {
            prev = new HealthStatus[n];
            for (int r = 0; r < n; r++) {
                prev[r] = previous.get(ids.get(r));
            }
        }
        return new AskTable(ids.toArray(String[]::new), names.toArray(String[]::new), status.toArray(HealthStatus[]::new),
                prev, columns, details);
    }

    private static String segment(StoredAccount a) {
        String tier = a.account().accountTier();
        return tier != null ? tier : a.profile() == null ? null : a.profile().customerSegment();
    }

    private Column kpiColumn(KpiDefinition def, ReferenceRange range) {
        int n = ids.size();
        if (def.isText()) {
            String[] v = new String[n];
            for (int r = 0; r < n; r++) {
                KpiRecord k = record(accounts.get(r), def.key());
                v[r] = k == null ? null : k.label();
            }
            return new Column.Texts(def.key(), def.name(), List.of(), v);
        }
        double[] v = new double[n];
        Arrays.fill(v, Double.NaN);
        for (int r = 0; r < n; r++) {
            KpiRecord k = record(accounts.get(r), def.key());
            if (k != null && Double.isFinite(k.value())) {
                v[r] = k.value();
            }
        }
        int better = def.direction() == Direction.HIGHER_IS_BETTER ? 1 : def.direction() == Direction.LOWER_IS_BETTER ? -1 : 0;
        return new Column.Numbers(def.key(), def.name(), List.of(), unit(def.key()), range == null ? Double.NaN : range.healthy(),
                better, v);
    }

    private static KpiRecord record(StoredAccount a, String key) {
        for (KpiRecord k : a.kpis()) {
            if (k.kpiKey().equals(key)) {
                return k;
            }
        }
        return null;
    }

    private static Optional<Column.Numbers> table(List<Column> columns, String key) {
        return columns.stream().filter(c -> c.key().equals(key) && c instanceof Column.Numbers)
                .map(Column.Numbers.class::cast).findFirst();
    }

    private static Column gap(Column.Numbers file, double[] overall, HealthScaleResolver.Resolution scale) {
        double[] gap = new double[overall.length];
        for (int r = 0; r < gap.length; r++) {
            double f = file.value(r);
            gap[r] = Double.isNaN(f) || Double.isNaN(overall[r]) ? Double.NaN : overall[r] - scale.toHundred(f);
        }
        return new Column.Numbers(AskTable.SCORE_GAP, "Score minus file health score", List.of(), Unit.POINTS, Double.NaN, 0, gap);
    }

    private Column text(String key, String label, IntFunction<String> value) {
        String[] v = new String[ids.size()];
        Map<String, String> interned = new HashMap<>();
        for (int r = 0; r < v.length; r++) {
            String s = value.apply(r);
            v[r] = s == null || s.isBlank() ? null : interned.computeIfAbsent(s.strip(), x -> x);
        }
        return new Column.Texts(key, label, List.of(), v);
    }

    static Unit unit(String key) {
        if (key.equals("monthly_spend") || key.equals("contract_value_annual")) {
            return Unit.MONEY;
        }
        if (key.endsWith("_pct")) {
            return Unit.PERCENT;
        }
        if (key.startsWith("days_")) {
            return Unit.DAYS;
        }
        if (key.endsWith("_ms")) {
            return Unit.MILLISECONDS;
        }
        return key.endsWith("_sec") ? Unit.SECONDS : Unit.NONE;
    }
}
