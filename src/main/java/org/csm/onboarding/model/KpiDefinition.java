package org.csm.onboarding.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// One KPI of the catalogue: where its value comes from and how it counts.
/// For TEXT KPIs `labels` maps each label (in Critical, At Risk, Healthy order) to the number
/// stored on the KPI record, as the seed does (Churn Risk: High 1, Medium 2, Low 3).
public record KpiDefinition(String key, String name, Field field, Category category, Impact impact,
                            Frequency frequency, Direction direction, List<TextLabel> labels) {

    public KpiDefinition {
        labels = List.copyOf(labels);
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
