package org.csm.onboarding.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.engine.ask.Column;
import org.csm.onboarding.engine.ask.Unit;
import org.csm.onboarding.engine.score.TableScorer;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.KpiColumn;
import org.csm.onboarding.model.table.ScoreColumns;
import org.csm.onboarding.model.table.TextColumn;

/// Lays a scored workspace out as the column table the Ask engine reads, sharing the columnar
/// snapshot's arrays where it can (KPI values, scores): one column per KPI (named as in the KPI
/// table, with its Healthy threshold), per profile field, per category score, plus overall,
/// coverage and the gap between our score and the file's own health score.
final class AskTableBuilder {

    private static final double HEALTHY_SCORE = 67;

    private AskTableBuilder() {
    }

    /// `previous` is the previous score snapshot (null when there is none).
    static AskTable build(WorkspaceScorer.Scored scored, ScoreColumns previous) {
        AccountTable table = scored.table();
        TableScorer.Scores scores = scored.scores();
        int n = table.size();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column.Numbers(AskTable.OVERALL, "Overall score", List.of(), Unit.POINTS, HEALTHY_SCORE, 1,
                scores.overall()));
        for (Category c : Category.values()) {
            columns.add(new Column.Numbers(c.name().toLowerCase(Locale.ROOT) + "_score", c.label() + " score", List.of(),
                    Unit.POINTS, HEALTHY_SCORE, 1, scores.categories()[c.ordinal()]));
        }
        double[] coverage = new double[n];
        for (int r = 0; r < n; r++) {
            coverage[r] = scores.coverage()[r] * 100;
        }
        columns.add(new Column.Numbers(AskTable.COVERAGE, "Coverage", List.of(), Unit.PERCENT, Double.NaN, 1, coverage));
        for (KpiDefinition def : scored.ctx().catalog().kpis()) {
            table.kpiColumn(def.key()).ifPresent(k -> columns.add(kpiColumn(def, k, scored.ctx().ranges().get(def.key()), n)));
        }
        table.kpiColumn("health_score").ifPresent(file -> columns.add(gap(file, scores.overall(), scored)));
        columns.add(text("customer_segment", "Segment", table, AccountTable.Text.ACCOUNT_TIER, AccountTable.Text.CUSTOMER_SEGMENT));
        columns.add(text("csm_assigned", "CSM", table, AccountTable.Text.ASSIGNED_CSM, null));
        columns.add(text("industry", "Industry", table, AccountTable.Text.INDUSTRY, AccountTable.Text.PROFILE_INDUSTRY));
        columns.add(text("use_case", "Use Case", table, AccountTable.Text.USE_CASE, null));
        columns.add(text("gpu_type_primary", "GPU Type", table, AccountTable.Text.GPU_TYPE_PRIMARY, null));
        columns.add(text("region", "Region", table, AccountTable.Text.REGION, null));
        columns.add(org.csm.onboarding.engine.ask.DateReading.signupColumn(table));
        HealthStatus[] prev = null;
        if (previous != null) {
            prev = new HealthStatus[n];
            int[] was = previous.rowsOf(table.ids());
            for (int r = 0; r < n; r++) {
                prev[r] = was[r] < 0 ? null : previous.status(was[r]);
            }
        }
        // Ids and names stay in the snapshot's packed columns, decoded only for the rows an answer reads.
        return new AskTable(n, table::externalId, table::name, scores.status(), prev, columns,
                row -> Optional.of(TableScorer.explain(table, row, scored.ctx())));
    }

    private static Column kpiColumn(KpiDefinition def, KpiColumn column, ReferenceRange range, int n) {
        if (def.isText()) {
            String[] v = new String[n];
            for (int r = 0; r < n; r++) {
                v[r] = column.present(r) ? column.label(r) : null;
            }
            return new Column.Texts(def.key(), def.name(), List.of(), v);
        }
        int better = def.direction() == Direction.HIGHER_IS_BETTER ? 1 : def.direction() == Direction.LOWER_IS_BETTER ? -1 : 0;
        return new Column.Numbers(def.key(), def.name(), List.of(), unit(def.key()),
                range == null ? Double.NaN : range.healthy(), better, column.values());
    }

    private static Column gap(KpiColumn file, double[] overall, WorkspaceScorer.Scored scored) {
        double[] gap = new double[overall.length];
        for (int r = 0; r < gap.length; r++) {
            double f = file.value(r);
            gap[r] = !file.present(r) || Double.isNaN(overall[r]) ? Double.NaN : overall[r] - scored.scale().toHundred(f);
        }
        return new Column.Numbers(AskTable.SCORE_GAP, "Score minus file health score", List.of(), Unit.POINTS, Double.NaN, 0, gap);
    }

    /// A text column from the account's own field, falling back to the profile's where it is
    /// empty. Each distinct value is cleaned once (dictionary codes), not once per account.
    private static Column text(String key, String label, AccountTable table, AccountTable.Text own, AccountTable.Text fallback) {
        TextColumn first = table.text(own);
        TextColumn second = fallback == null ? null : table.text(fallback);
        String[] firstValues = cleaned(first);
        String[] secondValues = second == null ? null : cleaned(second);
        String[] v = new String[table.size()];
        for (int r = 0; r < v.length; r++) {
            int code = first.code(r);
            String s = code == TextColumn.NULL ? null : firstValues[code];
            if (s == null && second != null && second.code(r) != TextColumn.NULL) {
                s = secondValues[second.code(r)];
            }
            v[r] = s;
        }
        return new Column.Texts(key, label, List.of(), v);
    }

    /// The column's dictionary stripped, blank values as null.
    private static String[] cleaned(TextColumn column) {
        List<String> dictionary = column.dictionary();
        String[] values = new String[dictionary.size()];
        for (int code = 0; code < values.length; code++) {
            String s = dictionary.get(code);
            values[code] = s == null || s.isBlank() ? null : s.strip();
        }
        return values;
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
