package org.csm.onboarding.engine.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthScale;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.model.Weights;

/// Everything an account's score depends on besides its own values: catalogue, category weights
/// and the effective ranges (Health Score already on the resolved scale).
///
/// Built once per run and shared by every account: it validates the ranges up front and
/// precomputes per-KPI and per-category arrays, so scoring 100,000 accounts does no map look-ups
/// beyond one per KPI record. Immutable and thread-safe.
public final class ScoringContext {

    private final KpiCatalog catalog;
    private final Weights weights;
    private final Map<String, ReferenceRange> ranges;

    private final Map<String, Integer> indexByKey;
    private final KpiDefinition[] definitions;
    private final ReferenceRange[] rangeByIndex;
    private final double[] categoryImpactInCatalog;
    private final double[] weightByCategory;
    private final double totalWeight;

    private ScoringContext(KpiCatalog catalog, Weights weights, Map<String, ReferenceRange> ranges) {
        this.catalog = catalog;
        this.weights = weights;
        this.ranges = Map.copyOf(ranges);
        List<KpiDefinition> kpis = catalog.kpis();
        this.definitions = kpis.toArray(KpiDefinition[]::new);
        this.rangeByIndex = new ReferenceRange[definitions.length];
        this.indexByKey = new HashMap<>();
        this.categoryImpactInCatalog = new double[Category.values().length];
        this.weightByCategory = new double[Category.values().length];
        var problems = new ArrayList<String>();
        for (int i = 0; i < definitions.length; i++) {
            KpiDefinition def = definitions[i];
            indexByKey.put(def.key(), i);
            categoryImpactInCatalog[def.category().ordinal()] += def.impact().weight();
            rangeByIndex[i] = ranges.get(def.key());
            String problem = rangeProblem(def, rangeByIndex[i]);
            if (problem != null) {
                problems.add(def.name() + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            // A bad range would divide by zero or invert bands for every account: refuse the run instead.
            throw new IllegalArgumentException("Cannot score with these ranges: " + String.join(" ", problems));
        }
        for (Category c : Category.values()) {
            weightByCategory[c.ordinal()] = weights.of(c);
        }
        this.totalWeight = weights.total();
    }

    /// A context from explicit parts; `effectiveRanges` must cover every numeric KPI of the catalogue.
    public static ScoringContext of(KpiCatalog catalog, Weights weights, Map<String, ReferenceRange> effectiveRanges) {
        return new ScoringContext(catalog, weights, effectiveRanges);
    }

    /// A context from the wizard's config, with Health Score read on `resolvedScale`
    /// (see [HealthScaleResolver#resolve]).
    public static ScoringContext of(KpiCatalog catalog, OnboardingConfig config, HealthScale resolvedScale) {
        return of(catalog, config.weights(),
                HealthScaleResolver.effectiveRanges(config, resolvedScale, catalog));
    }

    private static String rangeProblem(KpiDefinition def, ReferenceRange range) {
        if (def.isText()) {
            return null;
        }
        return range == null ? "no reference range." : range.problem();
    }

    public KpiCatalog catalog() {
        return catalog;
    }

    public Weights weights() {
        return weights;
    }

    /// The effective ranges, keyed by KPI key.
    public Map<String, ReferenceRange> ranges() {
        return ranges;
    }

    int size() {
        return definitions.length;
    }

    /// Catalogue position of a KPI key, or -1 when the catalogue does not know it.
    int indexOf(String kpiKey) {
        Integer index = indexByKey.get(kpiKey);
        return index == null ? -1 : index;
    }

    KpiDefinition definition(int index) {
        return definitions[index];
    }

    ReferenceRange range(int index) {
        return rangeByIndex[index];
    }

    /// Impact of all the category's KPIs in the catalogue: the denominator of its coverage share.
    double categoryImpactInCatalog(Category category) {
        return categoryImpactInCatalog[category.ordinal()];
    }

    /// Sum of all category weights, with or without KPIs: the denominator of coverage.
    double totalWeight() {
        return totalWeight;
    }

    double weight(Category category) {
        return weightByCategory[category.ordinal()];
    }
}
