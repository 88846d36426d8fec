package org.csm.onboarding.engine.validate;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.Weights;

import java.util.ArrayList;
import java.util.List;

/// Which KPIs a mapping feeds and which it leaves out. A score built from a handful of KPIs, or
/// with a weighted category that has none, looks as precise as a full one but is not: such an
/// import needs the CSM to confirm it knowing what is missing ([#tooFew]).
public record KpiCoverage(List<KpiDefinition> mapped, List<KpiDefinition> missing, List<Category> weightedWithoutKpis) {

    public KpiCoverage {
        mapped = List.copyOf(mapped);
        missing = List.copyOf(missing);
        weightedWithoutKpis = List.copyOf(weightedWithoutKpis);
    }

    public static KpiCoverage of(ColumnMapping mapping, List<KpiDefinition> kpis, Weights weights) {
        List<KpiDefinition> mapped = new ArrayList<>();
        List<KpiDefinition> missing = new ArrayList<>();
        for (KpiDefinition k : kpis) {
            (mapping.has(k.field()) ? mapped : missing).add(k);
        }
        List<Category> empty = new ArrayList<>();
        for (Category c : Category.values()) {
            boolean defined = kpis.stream().anyMatch(k -> k.category() == c);
            // A category the catalogue has no KPI for cannot be "missing" from a file.
            if (defined && weights.of(c) > 0 && mapped.stream().noneMatch(k -> k.category() == c)) {
                empty.add(c);
            }
        }
        return new KpiCoverage(mapped, missing, empty);
    }

    public int total() {
        return mapped.size() + missing.size();
    }

    /// Fewer than half of the KPIs, or a weighted category with none: confirm before importing.
    public boolean tooFew() {
        return mapped.size() * 2 < total() || !weightedWithoutKpis.isEmpty();
    }

    public List<String> missingNames() {
        return missing.stream().map(KpiDefinition::name).toList();
    }

    public List<String> mappedNames() {
        return mapped.stream().map(KpiDefinition::name).toList();
    }

    /// "11 of 13 KPIs found".
    public String foundText() {
        return mapped.size() + " of " + total() + " KPIs found";
    }

    /// What the confirmation names: the count, the missing KPIs and the empty categories.
    public String explanation() {
        StringBuilder s = new StringBuilder(foundText());
        if (!missing.isEmpty()) {
            s.append("; missing: ").append(String.join(", ", missingNames()));
        }
        if (!weightedWithoutKpis.isEmpty()) {
            s.append(". No KPI at all for ").append(String.join(", ", weightedWithoutKpis.stream().map(Category::label).toList()))
                    .append(", which the weights count on");
        }
        return s.append('.').toString();
    }
}
