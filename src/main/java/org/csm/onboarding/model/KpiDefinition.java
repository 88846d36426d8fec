package org.csm.onboarding.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// One KPI of the catalogue: where its value comes from and how it counts.
/// For TEXT KPIs `labels` maps each label (in Critical, At Risk, Healthy order) to the number
/// stored on the KPI record, as the seed does (Churn Risk: High 1, Medium 2, Low 3).
/// A standard KPI reads the column mapped to its `field`; a custom KPI ([CustomKpi]) has no
/// field and reads its own `column` (the header as written in the file).
public record KpiDefinition(String key, String name, Field field, Category category, Impact impact,
                            Frequency frequency, Direction direction, List<TextLabel> labels, String column) {

    public KpiDefinition {
        labels = List.copyOf(labels);
        if ((field == null) == (column == null)) {
            throw new IllegalArgumentException("KPI " + key + " needs either a field or a column of its own");
        }
    }

    /// A catalogue KPI, fed by the column mapped to `field`.
    public KpiDefinition(String key, String name, Field field, Category category, Impact impact,
                         Frequency frequency, Direction direction, List<TextLabel> labels) {
        this(key, name, field, category, impact, frequency, direction, labels, null);
    }

    /// True for a KPI the CSM defined from a column; false for the 13 of the catalogue.
    public boolean isCustom() {
        return field == null;
    }

    /// A text label, the number the seed stores for it, and the band it scores in.
    public record TextLabel(String label, double storedValue, Band band) {
    }

    public boolean isText() {
        return direction == Direction.TEXT;
    }

    /// Case-insensitive lookup, so "high", "HIGH" and "High " are the same label.
    public Optional<TextLabel> label(String text) {
        String norm = text.trim().toLowerCase(Locale.ROOT);
        return labels.stream().filter(l -> l.label().toLowerCase(Locale.ROOT).equals(norm)).findFirst();
    }

    public Optional<TextLabel> labelForValue(double stored) {
        return labels.stream().filter(l -> l.storedValue() == stored).findFirst();
    }

    public Map<String, Double> labelValues() {
        var map = new java.util.LinkedHashMap<String, Double>();
        labels.forEach(l -> map.put(l.label(), l.storedValue()));
        return map;
    }
}
