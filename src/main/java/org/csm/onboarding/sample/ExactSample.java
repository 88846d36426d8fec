package org.csm.onboarding.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.ToDoubleFunction;

/// The numbers of the 35-row sample. Each column's sorted values come from [QuantileFit], so
/// its published statistics are exact; they are then dealt to the rows in the order of each
/// row's [RowDice#score], which gives the columns their correlations without moving any
/// statistic. The published row keeps its own values in every column.
final class ExactSample {

    private static final int N = QuantileFit.SAMPLE_SIZE;

    private ExactSample() {
    }

    /// The numeric values of rows 0..34, in row order.
    static List<MetricSet> metrics(List<RowDice> dice) {
        int pinnedRow = PublishedRow.index(N);
        int[][] rank = new int[Metric.values().length][];
        for (Metric m : Metric.values()) {
            rank[m.ordinal()] = deal(m, dice, pinnedRow);
        }
        double[] p95 = derivedByRank(Metric.AVG_EXECUTION_TIME_SEC, rank, dice, RowDice::p95Jitter,
                MetricSet::p95For, MetricSet.P95_LATENCY_MS, 0, PublishedRow.P95_LATENCY_MS);
        double[] contract = derivedByRank(Metric.MONTHLY_SPEND, rank, dice, RowDice::contractJitter,
                MetricSet::contractFor, MetricSet.CONTRACT_VALUE_ANNUAL, 2, PublishedRow.CONTRACT_VALUE_ANNUAL);

        List<MetricSet> rows = new ArrayList<>(N);
        for (int row = 0; row < N; row++) {
            double[] base = new double[Metric.values().length];
            for (Metric m : Metric.values()) {
                base[m.ordinal()] = m.sortedSample()[rank[m.ordinal()][row]];
            }
            rows.add(new MetricSet(base,
                    p95[rank[Metric.AVG_EXECUTION_TIME_SEC.ordinal()][row]],
                    contract[rank[Metric.MONTHLY_SPEND.ordinal()][row]]));
        }
        return rows;
    }

    /// The rank (index into the sorted column) each row receives: the published row its own
    /// value's rank, the others the remaining ranks in ascending order of their score.
    private static int[] deal(Metric m, List<RowDice> dice, int pinnedRow) {
        int pinnedRank = QuantileFit.rankOf(m.sortedSample(), m.published());
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < N; row++) {
            if (row != pinnedRow) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingDouble(row -> dice.get(row).score(m)));
        int[] rank = new int[N];
        rank[pinnedRow] = pinnedRank;
        int next = 0;
        for (int row : rows) {
            if (next == pinnedRank) {
                next++;
            }
            rank[row] = next++;
        }
        return rank;
    }

    /// A derived column, indexed by the rank of its base column: each row's natural value
    /// (`derive` of its base value and its own jitter), except that the ranks where the base
    /// column's quantiles sit take the derived column's published quantiles, so those are exact
    /// too. A straddling pair keeps the ratio of its two base values.
    private static double[] derivedByRank(Metric base, int[][] rank, List<RowDice> dice,
                                          ToDoubleFunction<RowDice> jitter,
                                          DoubleBinaryOperator derive, Quantiles anchors, int decimals,
                                          double publishedValue) {
        double[] sorted = base.sortedSample();
        double[] byRank = new double[N];
        for (int row = 0; row < N; row++) {
            int r = rank[base.ordinal()][row];
            byRank[r] = derive.applyAsDouble(sorted[r], jitter.applyAsDouble(dice.get(row)));
        }
        double unit = Math.pow(10, decimals);
        byRank[0] = anchors.min();
        byRank[N / 2] = anchors.median();
        byRank[N - 1] = anchors.max();
        anchorPair(byRank, sorted, 8, anchors.p25(), unit);
        anchorPair(byRank, sorted, 25, anchors.p75(), unit);
        byRank[rank[base.ordinal()][PublishedRow.index(N)]] = publishedValue;
        return byRank;
    }

    private static void anchorPair(double[] byRank, double[] baseSorted, int first, double quantile, double unit) {
        double twice = 2 * quantile;
        double lower = Math.round(baseSorted[first] * twice / (baseSorted[first] + baseSorted[first + 1]) * unit) / unit;
        byRank[first] = lower;
        byRank[first + 1] = Math.round((twice - lower) * unit) / unit;
    }
}
