package org.csm.onboarding.ui.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.table.TextColumn;
import org.csm.onboarding.service.AccountRows;

/// The dashboard's totals over every account: the tiles, the charts, the filters' choices. One
/// pass over the columns, made off the FX thread when the dashboard loads (at a million accounts
/// each total took a pass of its own on the FX thread while the dashboard opened).
record DashboardFigures(Map<HealthStatus, Integer> countByStatus, Double averageScore, Double revenueAtRisk,
                        int[][] distributionByBand, Map<Category, Double> categoryAverages,
                        List<String> segments, List<String> csms) {

    /// The bands the histogram colours by, in stacking order.
    static final List<HealthStatus> BANDS = List.of(HealthStatus.CRITICAL, HealthStatus.AT_RISK, HealthStatus.HEALTHY);

    static DashboardFigures of(AccountRows rows) {
        Category[] categories = Category.values();
        int[] counts = new int[HealthStatus.values().length];
        int[][] byBand = new int[BANDS.size()][10];
        double[] categorySums = new double[categories.length];
        int[] categoryCounts = new int[categories.length];
        double scoreSum = 0;
        int scored = 0;
        double atRisk = 0;
        for (int r = 0; r < rows.size(); r++) {
            HealthStatus status = rows.status(r);
            counts[status.ordinal()]++;
            if (atRiskOrCritical(status) && !Double.isNaN(rows.revenueValue(r))) {
                atRisk += rows.revenueValue(r);
            }
            // Insufficient data is left out of every score total: it has no score that means something.
            double shown = status == HealthStatus.INSUFFICIENT_DATA ? Double.NaN : rows.overall(r);
            if (Double.isNaN(shown)) {
                continue;
            }
            scored++;
            scoreSum += shown;
            byBand[BANDS.indexOf(status)][Math.min(9, (int) (shown / 10))]++;
            for (Category c : categories) {
                double v = rows.category(c, r);
                if (!Double.isNaN(v)) {
                    categorySums[c.ordinal()] += v;
                    categoryCounts[c.ordinal()]++;
                }
            }
        }
        Map<HealthStatus, Integer> byStatus = new EnumMap<>(HealthStatus.class);
        for (HealthStatus s : HealthStatus.values()) {
            if (counts[s.ordinal()] > 0) {
                byStatus.put(s, counts[s.ordinal()]);
            }
        }
        Map<Category, Double> averages = new EnumMap<>(Category.class);
        for (Category c : categories) {
            if (categoryCounts[c.ordinal()] > 0) {
                averages.put(c, categorySums[c.ordinal()] / categoryCounts[c.ordinal()]);
            }
        }
        // Null (shown as a dash) when no account has enough data to say.
        return new DashboardFigures(byStatus, scored == 0 ? null : scoreSum / scored, scored == 0 ? null : atRisk,
                byBand, averages, distinct(rows, rows.segments()), distinct(rows, rows.csms()));
    }

    /// The accounts "Contract value at risk" adds up, and its tile filters to.
    static boolean atRiskOrCritical(HealthStatus s) {
        return s == HealthStatus.AT_RISK || s == HealthStatus.CRITICAL;
    }

    /// The values a column holds, sorted: its dictionary, less values no row uses any more.
    private static List<String> distinct(AccountRows rows, TextColumn column) {
        boolean[] used = new boolean[column.dictionary().size()];
        for (int r = 0; r < rows.size(); r++) {
            int code = column.code(r);
            if (code != TextColumn.NULL) {
                used[code] = true;
            }
        }
        TreeSet<String> values = new TreeSet<>();
        for (int code = 0; code < used.length; code++) {
            if (used[code]) {
                values.add(column.dictionary().get(code));
            }
        }
        return new ArrayList<>(values);
    }
}
