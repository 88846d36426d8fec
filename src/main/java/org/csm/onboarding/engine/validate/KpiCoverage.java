package org.csm.onboarding.engine.validate;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.Weights;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/// Which KPIs a mapping feeds and which it leaves out. A score built from a handful of KPIs, or
/// with a weighted category that has none, looks as precise as a full one but is not: such an
/// import needs the CSM to confirm it knowing what is missing ([#tooFew]).
///
/// `mapped` and `missing` are the standard catalogue's KPIs: "fewer than half of the KPIs" is
/// counted on those 13 only, so a custom KPI can neither pad a thin file past the gate nor make
/// a full one look incomplete. Custom KPIs found in the file (`customFound`) do count for their
/// category: a category fed only by a custom KPI has data; `customMissing` are the workspace's
/// custom KPIs whose column the file lacks.
public record KpiCoverage(List<KpiDefinition> mapped, List<KpiDefinition> missing, List<Category> weightedWithoutKpis,
                          List<KpiDefinition> customFound, List<KpiDefinition> customMissing) {

    public KpiCoverage {
        mapped = List.copyOf(mapped);
        missing = List.copyOf(missing);
        weightedWithoutKpis = List.copyOf(weightedWithoutKpis);
        customFound = List.copyOf(customFound);
        customMissing = List.copyOf(customMissing);
    }

    /// Standard KPIs only (no custom KPI is in the file).
    public static KpiCoverage of(ColumnMapping mapping, List<KpiDefinition> kpis, Weights weights) {
        return of(mapping, kpis, weights, header -> false);
    }

    /// `columnInFile` says whether the file has a header (a custom KPI's own column).
    public static KpiCoverage of(ColumnMapping mapping, List<KpiDefinition> kpis, Weights weights,
                                 Predicate<String> columnInFile) {
        List<KpiDefinition> mapped = new ArrayList<>();
        List<KpiDefinition> missing = new ArrayList<>();
        List<KpiDefinition> customFound = new ArrayList<>();
        List<KpiDefinition> customMissing = new ArrayList<>();
        for (KpiDefinition k : kpis) {
            if (k.isCustom()) {
                (columnInFile.test(k.column()) ? customFound : customMissing).add(k);
            } else {
                (mapping.has(k.field()) ? mapped : missing).add(k);
            }
        }
        List<Category> empty = new ArrayList<>();
        for (Category c : Category.values()) {
            boolean defined = kpis.stream().anyMatch(k -> k.category() == c);
            boolean fed = mapped.stream().anyMatch(k -> k.category() == c) || customFound.stream().anyMatch(k -> k.category() == c);
            // A category the catalogue has no KPI for cannot be "missing" from a file.
            if (defined && weights.of(c) > 0 && !fed) {
                empty.add(c);
            }
        }
        return new KpiCoverage(mapped, missing, empty, customFound, customMissing);
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

    /// "11 of 13 KPIs found", plus "and 1 custom KPI" when the workspace has some in the file.
    public String foundText() {
        String text = mapped.size() + " of " + total() + " KPIs found";
        return customFound.isEmpty() ? text
                : text + " and " + customFound.size() + (customFound.size() == 1 ? " custom KPI" : " custom KPIs");
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
