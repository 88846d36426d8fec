package org.csm.onboarding.model;

/// One KPI's contribution to an account's score (scoring.md's explanation). `nextBandValue`
/// is the value that would lift the KPI into the next better band, null when already Healthy
/// or for text KPIs (whose next label is in `nextBandLabel`).
public record KpiScore(String kpiKey, String kpiName, Category category, Double value, String label, Band band,
                       double score, double pointsAdded, double pointsLost, Double nextBandValue, String nextBandLabel) {
}
