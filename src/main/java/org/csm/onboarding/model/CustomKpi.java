package org.csm.onboarding.model;

import java.text.Normalizer;
import java.util.Locale;

/// A KPI the CSM made from a numeric file column that no field of the catalogue describes
/// (issue 7, "Custom KPIs"). It is scored like the catalogue's numeric KPIs: `critical` and
/// `healthy` are its own thresholds, which play the part the data-center benchmarks play for
/// the standard KPIs ("Reset to benchmarks" returns to them); the workspace's ranges override
/// them when the CSM tunes them in step 3. `column` is the header as the file writes it.
public record CustomKpi(String key, String name, String column, Category category, Direction direction, Impact impact,
                        Frequency frequency, double critical, double healthy) {

    /// Every custom key starts so, which keeps it apart from the catalogue's field keys.
    public static final String KEY_PREFIX = "custom_";

    public CustomKpi {
        name = require(name, "name").strip();
        column = require(column, "column");
        key = key == null || key.isBlank() ? keyFor(name) : key.strip();
        if (!key.matches(KEY_PREFIX + "[a-z0-9_]+")) {
            throw new IllegalArgumentException("The key of custom KPI \"" + name + "\" must be " + KEY_PREFIX
                    + "followed by lower-case letters, digits or _, not \"" + key + "\".");
        }
        if (category == null || impact == null || frequency == null || direction == null) {
            throw new IllegalArgumentException("Custom KPI \"" + name + "\" needs a category, a direction, an impact and a frequency.");
        }
        if (direction == Direction.TEXT) {
            throw new IllegalArgumentException("Custom KPI \"" + name + "\" is a number: its direction is higher or lower is better.");
        }
        String problem = new ReferenceRange(key, direction, critical, healthy).problem();
        if (problem != null) {
            throw new IllegalArgumentException("Custom KPI \"" + name + "\": " + problem);
        }
    }

    /// A custom KPI whose key is derived from its name.
    public static CustomKpi of(String name, String column, Category category, Direction direction, Impact impact,
                               Frequency frequency, double critical, double healthy) {
        return new CustomKpi(null, name, column, category, direction, impact, frequency, critical, healthy);
    }

    /// "Support Tickets (30d)" -> "custom_support_tickets_30d": stable across files, readable in JSON.
    public static String keyFor(String name) {
        String ascii = Normalizer.normalize(require(name, "name"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return KEY_PREFIX + (slug.isEmpty() ? "kpi" : slug);
    }

    /// Its own thresholds as a range.
    public ReferenceRange range() {
        return new ReferenceRange(key, direction, critical, healthy);
    }

    /// The definition the scorer, transform and explanations use.
    public KpiDefinition definition() {
        return new KpiDefinition(key, name, null, category, impact, frequency, direction, java.util.List.of(), column);
    }

    private static String require(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A custom KPI needs a " + what + ".");
        }
        return text;
    }
}
