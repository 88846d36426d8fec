package org.csm.onboarding.model;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// What steps 1-3 of the wizard decide: goals, company profile, category weights, reference
/// ranges per KPI key, the health-score scale and the custom KPIs made from the file's own
/// columns. Ranges for Health Score are on the 0-10 scale; the scorer rescales them when the
/// data are 0-100. A custom KPI's range may be absent from `ranges`: its own thresholds apply.
public record OnboardingConfig(Set<Goal> goals, String industry, String companySize, Weights weights,
                               Map<String, ReferenceRange> ranges, HealthScale healthScale, List<CustomKpi> customKpis) {

    public OnboardingConfig {
        goals = goals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(goals));
        ranges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        customKpis = customKpis == null ? List.of() : List.copyOf(customKpis);
        Set<String> keys = new HashSet<>();
        for (CustomKpi c : customKpis) {
            if (!keys.add(c.key())) {
                throw new IllegalArgumentException("Two custom KPIs share the key " + c.key() + ": give one another name.");
            }
        }
    }

    /// A configuration without custom KPIs.
    public OnboardingConfig(Set<Goal> goals, String industry, String companySize, Weights weights,
                            Map<String, ReferenceRange> ranges, HealthScale healthScale) {
        this(goals, industry, companySize, weights, ranges, healthScale, List.of());
    }

    public static OnboardingConfig defaults() {
        return new OnboardingConfig(EnumSet.allOf(Goal.class), null, null, Weights.defaults(),
                KpiCatalog.standard().benchmarkRanges(), HealthScale.AUTO, List.of());
    }

    /// The KPIs this workspace scores: the standard catalogue and its custom KPIs.
    public KpiCatalog catalog() {
        return KpiCatalog.standard().withCustom(customKpis);
    }

    public OnboardingConfig withWeights(Weights newWeights) {
        return new OnboardingConfig(goals, industry, companySize, newWeights, ranges, healthScale, customKpis);
    }

    public OnboardingConfig withRanges(Map<String, ReferenceRange> newRanges) {
        return new OnboardingConfig(goals, industry, companySize, weights, newRanges, healthScale, customKpis);
    }

    public OnboardingConfig withHealthScale(HealthScale scale) {
        return new OnboardingConfig(goals, industry, companySize, weights, ranges, scale, customKpis);
    }

    public OnboardingConfig withProfile(Set<Goal> newGoals, String newIndustry, String newSize) {
        return new OnboardingConfig(newGoals, newIndustry, newSize, weights, ranges, healthScale, customKpis);
    }

    /// The custom KPI read from the file column `header`, if the CSM made one of it.
    public java.util.Optional<CustomKpi> customKpiOf(String header) {
        return customKpis.stream().filter(k -> k.column().equals(header)).findFirst();
    }

    /// Adds `kpi`, or replaces the custom KPI with the same key; its thresholds become its range.
    /// Throws IllegalArgumentException when it would clash with a KPI of the catalogue.
    public OnboardingConfig withCustomKpi(CustomKpi kpi) {
        var list = new java.util.ArrayList<>(customKpis.stream().filter(c -> !c.key().equals(kpi.key())).toList());
        list.add(kpi);
        var newRanges = new LinkedHashMap<>(ranges);
        newRanges.put(kpi.key(), kpi.range());
        var changed = new OnboardingConfig(goals, industry, companySize, weights, newRanges, healthScale, list);
        changed.catalog();
        return changed;
    }

    /// Without the custom KPI `key` (and its range).
    public OnboardingConfig withoutCustomKpi(String key) {
        var newRanges = new LinkedHashMap<>(ranges);
        newRanges.remove(key);
        return new OnboardingConfig(goals, industry, companySize, weights, newRanges, healthScale,
                customKpis.stream().filter(c -> !c.key().equals(key)).toList());
    }

    /// Adds the custom KPIs of `recalled` this configuration does not define yet (by key): what
    /// the mapping memory brings back when a file with a known layout is opened again.
    public OnboardingConfig withRecalled(List<CustomKpi> recalled) {
        OnboardingConfig result = this;
        for (CustomKpi c : recalled) {
            if (result.customKpis.stream().noneMatch(k -> k.key().equals(c.key()))) {
                try {
                    result = result.withCustomKpi(c);
                } catch (IllegalArgumentException clash) {
                    // A KPI of that name exists by now: the CSM's current one wins over the memory.
                }
            }
        }
        return result;
    }
}
