package org.csm.onboarding.engine.score;

import java.util.Arrays;
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
    private static final HealthStatus[] STATUSES = HealthStatus.values();
    /// Rows per block: the per-category sums of a block stay in the CPU cache.
    private static final int BLOCK = 4096;

    private TableScorer() {
    }

    /// Overall score (NaN where none), coverage and status per row of the table, and each
    /// category's score per row (`categories[category.ordinal()][row]`, NaN where it had no data)
    /// so questions and filters can read category scores without explaining every account;
    /// `categories` is null when the table was scored by [#scoreOverall].
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
            // Counted in an int per status: a boxed merge per account was a tenth of a 1M rescore.
            int[] byOrdinal = new int[STATUSES.length];
            for (HealthStatus s : status) {
                byOrdinal[s.ordinal()]++;
            }
            var counts = new EnumMap<HealthStatus, Integer>(HealthStatus.class);
            for (HealthStatus s : STATUSES) {
                if (byOrdinal[s.ordinal()] > 0) {
                    counts.put(s, byOrdinal[s.ordinal()]);
                }
            }
            return counts;
        }
    }

    /// Scores every row of `table` with `ctx`, on every core.
    public static Scores score(AccountTable table, ScoringContext ctx) {
        return score(table, ctx, true, true);
    }

    /// Overall, coverage and status only, no category columns: what status counts, a moving
    /// slider and the score history need. At a million accounts that is 40 MB less to allocate
    /// and write, at the moment an import's live set peaks (its columns and the database's
    /// pending pages).
    public static Scores scoreOverall(AccountTable table, ScoringContext ctx) {
        return score(table, ctx, true, false);
    }

    /// In parallel or on the calling thread only: each row's numbers come from that row's
    /// values alone, so both give the same bits (a test checks it).
    static Scores score(AccountTable table, ScoringContext ctx, boolean parallel, boolean withCategories) {
        int n = table.size();
        Columns columns = new Columns(table, ctx);
        double[] overall = new double[n];
        double[] coverage = new double[n];
        HealthStatus[] status = new HealthStatus[n];
        double[][] categories = withCategories ? new double[CATEGORIES.length][n] : null;
        // A few runs of whole blocks per core: each run allocates its block sums once, and the
        // pool still evens out a core that another process slows down.
        int blocks = (n + BLOCK - 1) / BLOCK;
        int runs = parallel ? Math.min(blocks, 4 * Runtime.getRuntime().availableProcessors()) : 1;
        IntStream range = IntStream.range(0, runs);
        (parallel ? range.parallel() : range).forEach(run -> {
            int from = (int) ((long) blocks * run / runs) * BLOCK;
            int to = (int) Math.min(n, (long) blocks * (run + 1) / runs * BLOCK);
            new BlockScorer(columns, ctx).score(from, to, overall, coverage, status, categories);
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

    /// Scores runs of rows block by block, reusing its per-block sums.
    private static final class BlockScorer {
        private final Columns columns;
        private final ScoringContext ctx;
        private final CategoryFold fold;
        private final double[][] impactPresent = new double[CATEGORIES.length][BLOCK];
        private final double[][] impactTimesScore = new double[CATEGORIES.length][BLOCK];
        private final double[] present = new double[CATEGORIES.length];
        private final double[] sum = new double[CATEGORIES.length];

        BlockScorer(Columns columns, ScoringContext ctx) {
            this.columns = columns;
            this.ctx = ctx;
            this.fold = new CategoryFold(ctx);
        }

        void score(int from, int to, double[] overall, double[] coverage, HealthStatus[] status, double[][] categories) {
            for (int start = from; start < to; start += BLOCK) {
                int end = Math.min(to, start + BLOCK);
                for (int c = 0; c < CATEGORIES.length; c++) {
                    Arrays.fill(impactPresent[c], 0);
                    Arrays.fill(impactTimesScore[c], 0);
                }
                sumKpis(start, end);
                for (int k = 0; k < end - start; k++) {
                    for (int c = 0; c < CATEGORIES.length; c++) {
                        present[c] = impactPresent[c][k];
                        sum[c] = impactTimesScore[c][k];
                        if (categories != null) {
                            categories[c][start + k] = present[c] > 0 ? sum[c] / present[c] : Double.NaN;
                        }
                    }
                    fold.fold(present, sum, null);
                    overall[start + k] = fold.overall;
                    coverage[start + k] = fold.coverage;
                    status[start + k] = HealthScorer.status(fold.overall, fold.coverage);
                }
            }
        }

        /// Adds each KPI of rows `from..to` into its category's sums, in catalogue order.
        private void sumKpis(int from, int to) {
            for (int i = 0; i < ctx.size(); i++) {
                KpiColumn column = columns.byKpi[i];
                if (column == null) {
                    continue;
                }
                KpiDefinition def = ctx.definition(i);
                double w = def.impact().weight();
                double[] inCategory = impactPresent[def.category().ordinal()];
                double[] scored = impactTimesScore[def.category().ordinal()];
                if (def.isText()) {
                    addText(column, def, columns.labelScores[i], w, from, to, inCategory, scored);
                } else {
                    addNumeric(column.values(), ctx.range(i), w, from, to, inCategory, scored);
                }
            }
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
