package org.csm.onboarding.engine.score;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.KpiColumn;

/// Scores every account of an [AccountTable] at once, column by column (docs/storage.md,
/// section 3), so a weight or threshold change rescoring a million accounts takes a fraction
/// of a second and needs no database. The numbers are exactly [HealthScorer]'s: per account the
/// same additions happen in the same order (KPIs in catalogue order, then categories), only
/// batched over blocks of rows, and the blocks run in parallel on every core.
///
/// It computes overall, coverage and status; an account's category scores and explanation
/// come from [#explain], which runs [HealthScorer] on that account's records.
public final class TableScorer {

    private static final Category[] CATEGORIES = Category.values();
    /// Rows per block: the per-category sums of a block stay in the CPU cache.
    private static final int BLOCK = 4096;

    private TableScorer() {
    }

    /// Overall score (NaN where none), coverage and status per row of the table, and each
    /// category's score per row (`categories[category.ordinal()][row]`, NaN where it had no data)
    /// so questions and filters can read category scores without explaining every account.
    public record Scores(double[] overall, double[] coverage, HealthStatus[] status, double[][] categories) {

        public int size() {
            return overall.length;
        }

        /// The overall score of `row`, null when it has none.
        public Double overall(int row) {
            return Double.isNaN(overall[row]) ? null : overall[row];
        }

        /// Accounts per status.
        public Map<HealthStatus, Integer> byStatus() {
            var counts = new EnumMap<HealthStatus, Integer>(HealthStatus.class);
            for (HealthStatus s : status) {
                counts.merge(s, 1, Integer::sum);
            }
            return counts;
        }
    }

    /// Scores every row of `table` with `ctx`.
    public static Scores score(AccountTable table, ScoringContext ctx) {
        int n = table.size();
        Columns columns = new Columns(table, ctx);
        double[] overall = new double[n];
        double[] coverage = new double[n];
        HealthStatus[] status = new HealthStatus[n];
        double[][] categories = new double[CATEGORIES.length][n];
        int blocks = (n + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = b * BLOCK;
            scoreBlock(columns, ctx, from, Math.min(n, from + BLOCK), overall, coverage, status, categories);
        });
        return new Scores(overall, coverage, status, categories);
    }

    /// One account's full score with its explanation (categories, KPI contributions).
    public static HealthScore explain(AccountTable table, int row, ScoringContext ctx) {
        return new HealthScorer().score(table.externalId(row), table.name(row), table.kpis(row), ctx);
    }

    /// The largest health_score value of the table, null when it has none: the evidence
    /// [HealthScaleResolver#resolve] needs.
    public static Double maxHealthScore(AccountTable table) {
        KpiColumn column = table.kpiColumn(KpiCatalog.HEALTH_SCORE).orElse(null);
        Double max = null;
        if (column != null) {
            for (int row = 0; row < table.size(); row++) {
                if (column.present(row) && (max == null || column.value(row) > max)) {
                    max = column.value(row);
                }
            }
        }
        return max;
    }

    /// The table's column for each KPI of the context (null where the table has none).
    private static final class Columns {
        final KpiColumn[] byKpi;
        final double[][] labelScores;

        Columns(AccountTable table, ScoringContext ctx) {
            byKpi = new KpiColumn[ctx.size()];
            labelScores = new double[ctx.size()][];
            for (int i = 0; i < ctx.size(); i++) {
                KpiDefinition def = ctx.definition(i);
                byKpi[i] = table.kpiColumn(def.key()).orElse(null);
                if (def.isText() && byKpi[i] != null && byKpi[i].labels() != null) {
                    // Each distinct label is resolved once; NaN = not a known label, try the value.
                    var dictionary = byKpi[i].labels().dictionary();
                    labelScores[i] = new double[dictionary.size()];
                    for (int code = 0; code < dictionary.size(); code++) {
                        String label = dictionary.get(code);
                        labelScores[i][code] = label.isBlank() ? Double.NaN
                                : def.label(label).map(l -> KpiScorer.textScore(l.band())).orElse(Double.NaN);
                    }
                }
            }
        }
    }

    private static void scoreBlock(Columns columns, ScoringContext ctx, int from, int to,
                                   double[] overall, double[] coverage, HealthStatus[] status, double[][] categories) {
        int size = to - from;
        double[][] impactPresent = new double[CATEGORIES.length][size];
        double[][] impactTimesScore = new double[CATEGORIES.length][size];
        for (int i = 0; i < ctx.size(); i++) {
            KpiColumn column = columns.byKpi[i];
            if (column == null) {
                continue;
            }
            KpiDefinition def = ctx.definition(i);
            double w = def.impact().weight();
            double[] present = impactPresent[def.category().ordinal()];
            double[] sum = impactTimesScore[def.category().ordinal()];
            if (def.isText()) {
                addText(column, def, columns.labelScores[i], w, from, to, present, sum);
            } else {
                addNumeric(column.values(), ctx.range(i), w, from, to, present, sum);
            }
        }
        CategoryFold fold = new CategoryFold(ctx);
        double[] present = new double[CATEGORIES.length];
        double[] sum = new double[CATEGORIES.length];
        for (int k = 0; k < size; k++) {
            for (int c = 0; c < CATEGORIES.length; c++) {
                present[c] = impactPresent[c][k];
                sum[c] = impactTimesScore[c][k];
                categories[c][from + k] = present[c] > 0 ? sum[c] / present[c] : Double.NaN;
            }
            fold.fold(present, sum, null);
            overall[from + k] = fold.overall;
            coverage[from + k] = fold.coverage;
            status[from + k] = HealthScorer.status(Double.isNaN(fold.overall) ? null : fold.overall, fold.coverage);
        }
    }

    // A non-finite value is missing, as in HealthScorer.
    private static void addNumeric(double[] values, ReferenceRange range, double w, int from, int to,
                                   double[] present, double[] sum) {
        double critical = range.critical();
        double healthy = range.healthy();
        for (int row = from; row < to; row++) {
            double v = values[row];
            if (Double.isFinite(v)) {
                present[row - from] += w;
                sum[row - from] += w * KpiScorer.scoreAt(KpiScorer.position(v, critical, healthy));
            }
        }
    }

    private static void addText(KpiColumn column, KpiDefinition def, double[] labelScores, double w, int from, int to,
                                double[] present, double[] sum) {
        for (int row = from; row < to; row++) {
            if (!column.present(row)) {
                continue;
            }
            int code = column.labels() == null ? -1 : column.labels().code(row);
            double score = code >= 0 ? labelScores[code] : Double.NaN;
            if (Double.isNaN(score)) {
                // Unknown or missing label: the stored number decides, or HealthScorer's error.
                score = KpiScorer.scoreText(def, null, column.value(row)).score();
            }
            present[row - from] += w;
            sum[row - from] += w * score;
        }
    }
}
