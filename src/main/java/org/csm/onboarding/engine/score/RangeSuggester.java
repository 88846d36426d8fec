package org.csm.onboarding.engine.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.HealthScale;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ReferenceRange;

/// Suggests reference ranges from the file itself: the middle half of each numeric KPI's values
/// is At Risk, so a quarter of the accounts fall on each side. Higher is better: critical = P25,
/// healthy = P75; lower is better: critical = P75, healthy = P25; both rounded to values a person
/// would type ([Numbers#roundApart]).
///
/// Fed one KPI record at a time during the import pass, keeping only a primitive array per KPI,
/// so it works for 100,000 accounts. Not thread-safe: one suggester per pass. The same pass
/// gives [#max] for health_score, which [HealthScaleResolver] needs.
public final class RangeSuggester {

    /// Below this many values the quartiles say little; the benchmark range is kept.
    public static final int MIN_VALUES = 4;

    private final KpiCatalog catalog;
    private final Map<String, DoubleBuffer> valuesByKey = new LinkedHashMap<>();

    public RangeSuggester(KpiCatalog catalog) {
        this.catalog = catalog;
        catalog.kpis().stream().filter(k -> !k.isText()).forEach(k -> valuesByKey.put(k.key(), new DoubleBuffer()));
    }

    /// One KPI's suggestion. `range` is on the config's scale (Health Score 0-10, like
    /// [org.csm.onboarding.model.OnboardingConfig#ranges]); `p25`/`p75` are in the file's own
    /// units, null when not computed. `note` says where the range came from, for the wizard.
    public record KpiSuggestion(String kpiKey, ReferenceRange range, boolean fromData, int valueCount, Double p25,
                                Double p75, String note) {
    }

    /// All suggestions in catalogue order.
    public record Suggestion(List<KpiSuggestion> kpis) {

        public Suggestion {
            kpis = List.copyOf(kpis);
        }

        /// The ranges to put into the config; KPIs without any range are left out.
        public Map<String, ReferenceRange> ranges() {
            var ranges = new LinkedHashMap<String, ReferenceRange>();
            kpis.stream().filter(k -> k.range() != null).forEach(k -> ranges.put(k.kpiKey(), k.range()));
            return Collections.unmodifiableMap(ranges);
        }

        public Optional<KpiSuggestion> find(String kpiKey) {
            return kpis.stream().filter(k -> k.kpiKey().equals(kpiKey)).findFirst();
        }
    }

    /// Records the value of a numeric KPI; text KPIs, unknown KPIs and non-finite values are skipped.
    public void accept(KpiRecord kpi) {
        accept(kpi.kpiKey(), kpi.value());
    }

    public void accept(String kpiKey, double value) {
        DoubleBuffer buffer = valuesByKey.get(kpiKey);
        if (buffer != null && Double.isFinite(value)) {
            buffer.add(value);
        }
    }

    public void acceptAll(Iterable<KpiRecord> kpis) {
        kpis.forEach(this::accept);
    }

    public int count(String kpiKey) {
        DoubleBuffer buffer = valuesByKey.get(kpiKey);
        return buffer == null ? 0 : buffer.size();
    }

    /// The largest value seen, e.g. to resolve the health_score scale after the same pass.
    public OptionalDouble max(String kpiKey) {
        DoubleBuffer buffer = valuesByKey.get(kpiKey);
        return buffer == null || buffer.size() == 0 ? OptionalDouble.empty() : OptionalDouble.of(buffer.max());
    }

    /// Suggestions with the catalogue's benchmarks as the fallback.
    public Suggestion suggest(HealthScale resolvedScale) {
        return suggest(catalog.benchmarkRanges(), resolvedScale);
    }

    /// Suggestions; thresholds are the quartiles rounded to what a person would type (two
    /// significant digits, more only where two would make them equal). `fallback` (config scale) is kept where the file cannot support a range, and
    /// health_score quartiles are divided back to the config's 0-10 scale when the file is 0-100,
    /// so the scorer's x10 is not applied twice.
    public Suggestion suggest(Map<String, ReferenceRange> fallback, HealthScale resolvedScale) {
        var suggestions = new ArrayList<KpiSuggestion>();
        for (KpiDefinition def : catalog.kpis()) {
            ReferenceRange kept = fallback.get(def.key());
            if (def.isText()) {
                suggestions.add(new KpiSuggestion(def.key(), kept, false, 0, null, null,
                        "Scored by label (" + String.join(", ", def.labelValues().keySet()) + "); labels kept."));
            } else {
                double toConfig = KpiCatalog.HEALTH_SCORE.equals(def.key()) ? HealthScaleResolver.factor(resolvedScale) : 1;
                suggestions.add(suggestNumeric(def, kept, valuesByKey.get(def.key()), toConfig));
            }
        }
        return new Suggestion(suggestions);
    }

    /// A suggestion for one numeric KPI from its values alone (e.g. a column about to become a
    /// custom KPI): `kept` is returned when the values cannot support a range.
    public static KpiSuggestion suggest(String kpiKey, Direction direction, double[] values, ReferenceRange kept) {
        var buffer = new DoubleBuffer();
        for (double v : values) {
            if (Double.isFinite(v)) {
                buffer.add(v);
            }
        }
        return suggestNumeric(kpiKey, direction, kept, buffer, 1);
    }

    private static KpiSuggestion suggestNumeric(KpiDefinition def, ReferenceRange kept, DoubleBuffer values,
                                                double fileToConfigFactor) {
        return suggestNumeric(def.key(), kept != null ? kept.direction() : def.direction(), kept, values, fileToConfigFactor);
    }

    /// Quartiles rounded to typed values ([Numbers#roundApart]) on the file's scale, then moved to the
    /// config's: the rounded numbers are the ones the CSM sees beside the file's values.
    private static KpiSuggestion suggestNumeric(String key, Direction direction, ReferenceRange kept, DoubleBuffer values,
                                                double fileToConfigFactor) {
        int n = values.size();
        String keptText = kept == null ? "no benchmark range to keep." : "kept the benchmark range.";
        if (n < MIN_VALUES) {
            return new KpiSuggestion(key, kept, false, n, null, null,
                    "Only " + n + " value(s) in this file (" + MIN_VALUES + " needed): " + keptText);
        }
        double[] sorted = values.sorted();
        double p25 = Percentiles.linear(sorted, n, 0.25);
        double p75 = Percentiles.linear(sorted, n, 0.75);
        if (p25 == p75) {
            return new KpiSuggestion(key, kept, false, n, p25, p75, "P25 and P75 are both " + Numbers.plain(p25)
                    + ", so the file cannot tell Critical from Healthy: " + keptText);
        }
        boolean lowerIsBetter = direction == Direction.LOWER_IS_BETTER;
        double[] typed = Numbers.roundApart(lowerIsBetter ? p75 : p25, lowerIsBetter ? p25 : p75);
        // Divided, not multiplied by 1/10: 39 / 10 is exactly the double 3.9.
        var range = new ReferenceRange(key, direction, typed[0] / fileToConfigFactor, typed[1] / fileToConfigFactor);
        String note = "From " + n + " values in this file: Critical " + (lowerIsBetter ? "above " : "below ")
                + Numbers.plain(typed[0]) + " (P" + (lowerIsBetter ? "75 " : "25 ") + Numbers.plain(lowerIsBetter ? p75 : p25)
                + "), Healthy " + (lowerIsBetter ? "below " : "above ") + Numbers.plain(typed[1])
                + " (P" + (lowerIsBetter ? "25 " : "75 ") + Numbers.plain(lowerIsBetter ? p25 : p75) + ").";
        return new KpiSuggestion(key, range, true, n, p25, p75, note);
    }
}
