package org.csm.onboarding.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.HealthScale;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ReferenceRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeSuggesterTest {

    private static final KpiCatalog CATALOG = KpiCatalog.standard();

    private static RangeSuggester fed(String key, double... values) {
        var suggester = new RangeSuggester(CATALOG);
        for (double v : values) {
            suggester.accept(key, v);
        }
        return suggester;
    }

    @ParameterizedTest(name = "quantile {1} of [{0}] = {2}")
    @CsvSource(delimiter = '|', value = {
            "1 2 3 4 5 6 7 8 9 10 | 0.25 | 3.25",   // pandas: position 2.25
            "1 2 3 4 5 6 7 8 9 10 | 0.75 | 7.75",
            "10 20 30 40          | 0.25 | 17.5",
            "10 20 30 40          | 0.75 | 32.5",
            "7                    | 0.75 | 7",
            "1 2 3 4 5            | 0.5  | 3"})
    void percentilesInterpolateLinearlyLikePandas(String values, double p, double expected) {
        double[] sorted = java.util.Arrays.stream(values.split(" ")).mapToDouble(Double::parseDouble).toArray();
        assertEquals(expected, Percentiles.linear(sorted, sorted.length, p), 1e-9);
    }

    @Test
    void higherIsBetterTakesCriticalFromP25AndHealthyFromP75() {
        var s = fed("daily_invocations", 10, 1, 9, 2, 8, 3, 7, 4, 6, 5).suggest(HealthScale.ZERO_TO_TEN);
        var kpi = s.find("daily_invocations").orElseThrow();
        // P25 3.25 and P75 7.75, rounded to two significant digits.
        assertEquals(new ReferenceRange("daily_invocations", Direction.HIGHER_IS_BETTER, 3.3, 7.8), kpi.range());
        assertEquals(3.25, kpi.p25());
        assertEquals(7.75, kpi.p75());
        assertTrue(kpi.fromData());
        assertEquals(10, kpi.valueCount());
    }

    @Test
    void lowerIsBetterTakesCriticalFromP75AndHealthyFromP25() {
        var s = fed("days_since_last_invocation", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).suggest(HealthScale.ZERO_TO_TEN);
        ReferenceRange range = s.ranges().get("days_since_last_invocation");
        assertEquals(new ReferenceRange("days_since_last_invocation", Direction.LOWER_IS_BETTER, 7.8, 3.3), range);
        assertNull(range.problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.6423456 | 36.12345 | 11 | 36",        // the walk-through's 10.64...
            "36644.217 | 90112.9 | 37000 | 90000",     // and 36644...
            "0.0123456 | 0.0456 | 0.012 | 0.046",
            "-51.37 | -2.2 | -51 | -2.2",
            "10.64 | 10.91 | 10.6 | 10.9",            // two digits would make both 11: one more keeps them apart
            "100.04 | 100.06 | 100 | 100.1"})
    void suggestedThresholdsAreRoundedToWhatAPersonWouldType(double p25, double p75, double critical, double healthy) {
        var kpi = fed("monthly_spend", p25, p25, p75, p75).suggest(HealthScale.ZERO_TO_TEN).find("monthly_spend").orElseThrow();
        assertEquals(critical, kpi.range().critical());
        assertEquals(healthy, kpi.range().healthy());
        assertEquals(p25, kpi.p25(), 1e-9, "the quartile itself stays exact");
    }

    @Test
    void tooFewValuesKeepTheBenchmarkAndSayWhy() {
        var kpi = fed("error_rate_pct", 1, 2, 3).suggest(HealthScale.ZERO_TO_TEN).find("error_rate_pct").orElseThrow();
        assertEquals(CATALOG.benchmarkRanges().get("error_rate_pct"), kpi.range());
        assertFalse(kpi.fromData());
        assertTrue(kpi.note().startsWith("Only 3 value(s)"), kpi.note());
    }

    @Test
    void equalQuartilesKeepTheBenchmarkAndSayWhy() {
        var kpi = fed("cold_start_pct", 5, 5, 5, 5, 9).suggest(HealthScale.ZERO_TO_TEN).find("cold_start_pct").orElseThrow();
        assertEquals(CATALOG.benchmarkRanges().get("cold_start_pct"), kpi.range());
        assertEquals(5.0, kpi.p25());
        assertTrue(kpi.note().contains("P25 and P75 are both 5"), kpi.note());
    }

    @Test
    void textKpisKeepTheirLabelMap() {
        var suggester = new RangeSuggester(CATALOG);
        AccountKpis.elasticAiCorp().build().forEach(suggester::accept);
        var kpi = suggester.suggest(HealthScale.ZERO_TO_TEN).find("churn_risk").orElseThrow();
        assertEquals(CATALOG.benchmarkRanges().get("churn_risk"), kpi.range());
        assertEquals(0, suggester.count("churn_risk"));
    }

    @Test
    void healthScoreOnAHundredIsSuggestedOnTheConfigsTenScale() {
        var suggester = fed(KpiCatalog.HEALTH_SCORE, 4, 39, 58, 65, 71);
        assertEquals(71, suggester.max(KpiCatalog.HEALTH_SCORE).orElseThrow());
        var suggestion = suggester.suggest(HealthScale.ZERO_TO_HUNDRED);
        ReferenceRange inConfig = suggestion.ranges().get(KpiCatalog.HEALTH_SCORE);
        assertEquals(3.9, inConfig.critical(), 1e-9);
        assertEquals(6.5, inConfig.healthy(), 1e-9);
        // ...so that the scorer's x10 brings it back to the file's quartiles, not 390 and 650.
        var config = OnboardingConfig.defaults().withRanges(suggestion.ranges());
        ReferenceRange used = HealthScaleResolver.effectiveRanges(config, HealthScale.ZERO_TO_HUNDRED).get(KpiCatalog.HEALTH_SCORE);
        assertEquals(39, used.critical(), 1e-9);
        assertEquals(65, used.healthy(), 1e-9);
    }

    @Test
    void streamsAHundredThousandAccountsIntoPrimitiveArrays() {
        var suggester = new RangeSuggester(CATALOG);
        for (int i = 1; i <= 100_000; i++) {
            suggester.accept("monthly_spend", 100_001 - i);   // descending: the suggester must sort
        }
        var kpi = suggester.suggest(HealthScale.ZERO_TO_TEN).find("monthly_spend").orElseThrow();
        assertEquals(100_000, kpi.valueCount());
        assertEquals(25_000.75, kpi.p25(), 1e-9);
        assertEquals(75_000.25, kpi.p75(), 1e-9);
    }

    @Test
    void aColumnAloneGetsRoundedQuartilesForACustomKpi() {
        double[] values = {10.64, 12, 20, 25, 30, 36.2, 40, 44, 50};
        var kpi = RangeSuggester.suggest("custom_tickets", Direction.LOWER_IS_BETTER, values, null);
        // P25 = 20, P75 = 40: Critical above 40, Healthy below 20 (already typed values).
        assertEquals(new ReferenceRange("custom_tickets", Direction.LOWER_IS_BETTER, 40, 20), kpi.range());
        assertEquals("From 9 values in this file: Critical above 40 (P75 40), Healthy below 20 (P25 20).", kpi.note());
        var few = RangeSuggester.suggest("custom_tickets", Direction.HIGHER_IS_BETTER, new double[] {1, Double.NaN, 2}, null);
        assertNull(few.range());
        assertFalse(few.fromData());
    }

    @Test
    void unknownKpisAndNonFiniteValuesAreNotCounted() {
        var suggester = fed("daily_invocations", Double.NaN, Double.POSITIVE_INFINITY, 5);
        suggester.accept("nps", 3);
        assertEquals(1, suggester.count("daily_invocations"));
        assertEquals(0, suggester.count("nps"));
        assertTrue(suggester.max("health_score").isEmpty());
    }
}
