package org.csm.onboarding.model;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/// What steps 1-3 of the wizard decide: goals, company profile, category weights, reference
/// ranges per KPI key and the health-score scale. Ranges for Health Score are on the 0-10 scale;
/// the scorer rescales them when the data are 0-100.
public record OnboardingConfig(Set<Goal> goals, String industry, String companySize, Weights weights,
                               Map<String, ReferenceRange> ranges, HealthScale healthScale) {

    public OnboardingConfig {
        goals = goals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(goals));
        ranges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
    }

    public static OnboardingConfig defaults() {
        return new OnboardingConfig(EnumSet.allOf(Goal.class), null, null, Weights.defaults(),
                KpiCatalog.standard().benchmarkRanges(), HealthScale.AUTO);
    }

    public OnboardingConfig withWeights(Weights newWeights) {
        return new OnboardingConfig(goals, industry, companySize, newWeights, ranges, healthScale);
    }

    public OnboardingConfig withRanges(Map<String, ReferenceRange> newRanges) {
        return new OnboardingConfig(goals, industry, companySize, weights, newRanges, healthScale);
    }

    public OnboardingConfig withHealthScale(HealthScale scale) {
        return new OnboardingConfig(goals, industry, companySize, weights, ranges, scale);
    }

    public OnboardingConfig withProfile(Set<Goal> newGoals, String newIndustry, String newSize) {
        return new OnboardingConfig(newGoals, newIndustry, newSize, weights, ranges, healthScale);
    }
}
