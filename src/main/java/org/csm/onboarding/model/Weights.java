package org.csm.onboarding.model;

import java.util.EnumMap;
import java.util.Map;

/// Category weights in percent. The wizard keeps them summing to 100; the scorer only needs
/// them non-negative with a positive sum, so a hand-edited config still scores sensibly.
public record Weights(Map<Category, Double> byCategory) {

    public Weights {
        var copy = new EnumMap<Category, Double>(Category.class);
        for (Category c : Category.values()) {
            double w = byCategory.getOrDefault(c, 0.0);
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("Weight of " + c.label() + " must be a number of 0 or more, not " + w);
            }
            copy.put(c, w);
        }
        if (copy.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException("At least one category needs a weight above 0.");
        }
        byCategory = java.util.Collections.unmodifiableMap(copy);
    }

    public static Weights defaults() {
        var map = new EnumMap<Category, Double>(Category.class);
        for (Category c : Category.values()) {
            map.put(c, (double) c.defaultWeight());
        }
        return new Weights(map);
    }

    public double of(Category category) {
        return byCategory.get(category);
    }

    public double total() {
        return byCategory.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
