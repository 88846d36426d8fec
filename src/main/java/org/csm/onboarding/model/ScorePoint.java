package org.csm.onboarding.model;

import java.util.List;
import java.util.Map;

/// One account in a score snapshot: its overall score (null when it had none), status,
/// category scores, and each KPI's band keyed by KPI key (missing KPIs are absent), so a later
/// snapshot can say which KPIs moved it.
public record ScorePoint(String externalAccountId, Double overall, HealthStatus status, Map<Category, Double> categories,
                         Map<String, Band> kpiBands) {

    public ScorePoint {
        categories = Map.copyOf(categories);
        kpiBands = Map.copyOf(kpiBands);
    }

    /// The point a computed score leaves in the history.
    public static ScorePoint of(HealthScore s) {
        var bands = new java.util.LinkedHashMap<String, Band>();
        for (KpiScore k : s.kpis() == null ? List.<KpiScore>of() : s.kpis()) {
            if (k.band() != null) {
                bands.put(k.kpiKey(), k.band());
            }
        }
        return new ScorePoint(s.externalAccountId(), s.overall(), s.status(), s.categories(), bands);
    }
}
