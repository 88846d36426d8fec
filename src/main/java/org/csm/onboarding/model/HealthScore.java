package org.csm.onboarding.model;

import java.util.List;
import java.util.Map;

/// An account's computed health. `overall` is null when no KPI had a value; `coverage` is the
/// share (0-1) of the configured weight that had data. `categories` holds only categories with data.
public record HealthScore(String externalAccountId, String accountName, Double overall, HealthStatus status,
                          double coverage, Map<Category, Double> categories, List<KpiScore> kpis) {
}
