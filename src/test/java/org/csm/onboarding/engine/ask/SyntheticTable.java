package org.csm.onboarding.engine.ask;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.csm.onboarding.model.HealthStatus;

/// A large table with the sample's columns and plausible values, built directly in memory.
final class SyntheticTable {

    private static final String[] WORDS = {"Northwind", "Quantum", "Blue", "River", "Apex", "Helix", "Stream", "Elastic",
            "Cobalt", "Lumen", "Vertex", "Orbit", "Pine", "Sable", "Nimbus", "Redwood", "Crescent", "Granite", "Aurora",
            "Falcon", "Meridian", "Silver", "Tidal", "Kestrel", "Bright", "Cascade", "Iron", "Solstice", "Juniper", "Polaris"};
    private static final String[] SUFFIX = {"Analytics", "Labs", "Health", "Group", "Media", "Corp", "Financial", "Systems", "AI", "Bank"};

    private SyntheticTable() {
    }

    static AskTable of(int n) {
        Random rnd = new Random(42);
        String[] ids = new String[n];
        String[] names = new String[n];
        HealthStatus[] status = new HealthStatus[n];
        HealthStatus[] previous = new HealthStatus[n];
        double[] overall = new double[n];
        double[] error = new double[n];
        double[] spend = new double[n];
        double[] acv = new double[n];
        double[] days = new double[n];
        double[] cold = new double[n];
        double[] gap = new double[n];
        String[] segment = new String[n];
        String[] csm = new String[n];
        String[] expansion = new String[n];
        String[] gpu = new String[n];
        HealthStatus[] all = HealthStatus.values();
        for (int r = 0; r < n; r++) {
            ids[r] = "ACC-" + (100_000 + r);
            names[r] = WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + " " + SUFFIX[rnd.nextInt(SUFFIX.length)] + " " + r;
            overall[r] = rnd.nextDouble() * 100;
            status[r] = overall[r] >= 67 ? HealthStatus.HEALTHY : overall[r] >= 34 ? HealthStatus.AT_RISK : HealthStatus.CRITICAL;
            previous[r] = all[rnd.nextInt(3)];
            error[r] = rnd.nextDouble() * 15;
            spend[r] = rnd.nextDouble() * 40_000;
            acv[r] = spend[r] * 12;
            days[r] = rnd.nextInt(40);
            cold[r] = rnd.nextDouble() * 80;
            gap[r] = rnd.nextGaussian() * 20;
            segment[r] = rnd.nextBoolean() ? "Production Service" : "Development/Testing";
            csm[r] = "CSM " + rnd.nextInt(200);
            expansion[r] = new String[] {"Low", "Medium", "High"}[rnd.nextInt(3)];
            gpu[r] = new String[] {"A100", "L4", "L40S", "T4", "A10G"}[rnd.nextInt(5)];
        }
        List<Column> cols = List.of(
                new Column.Numbers(AskTable.OVERALL, "Overall score", List.of(), Unit.POINTS, 67, 1, overall),
                new Column.Numbers("error_rate_pct", "Error Rate", List.of(), Unit.PERCENT, 5, -1, error),
                new Column.Numbers("monthly_spend", "Monthly Spend", List.of(), Unit.MONEY, 10_000, 1, spend),
                new Column.Numbers("contract_value_annual", "Annual Contract Value", List.of(), Unit.MONEY, 200_000, 1, acv),
                new Column.Numbers("days_since_last_invocation", "Days Since Last Invocation", List.of(), Unit.DAYS, 7, -1, days),
                new Column.Numbers("cold_start_pct", "Cold Start Percentage", List.of(), Unit.PERCENT, 20, -1, cold),
                new Column.Numbers("health_score", "Health Score", List.of(), Unit.NONE, 60, 1, overall),
                new Column.Numbers(AskTable.SCORE_GAP, "Score minus file health score", List.of(), Unit.POINTS, Double.NaN, 0, gap),
                new Column.Texts("customer_segment", "Segment", List.of(), segment),
                new Column.Texts("csm_assigned", "CSM", List.of(), csm),
                new Column.Texts("expansion_potential", "Expansion Potential Score", List.of(), expansion),
                new Column.Texts("gpu_type_primary", "GPU Type", List.of(), gpu));
        return new AskTable(ids, names, status, previous, cols, row -> Optional.empty());
    }
}
