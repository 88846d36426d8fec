package org.csm.onboarding.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiScore;
import org.csm.onboarding.model.ReferenceRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiScorerTest {

    private static final double EPS = 1e-6;
    private static final ReferenceRange DAILY = new ReferenceRange("daily_invocations", Direction.HIGHER_IS_BETTER, 100, 500);
    private static final ReferenceRange DAYS = new ReferenceRange("days_since_last_invocation", Direction.LOWER_IS_BETTER, 30, 7);
    private static final KpiDefinition CHURN = KpiCatalog.standard().get("churn_risk");

    @ParameterizedTest(name = "higher is better: {0} -> {1} {2}")
    @CsvSource({
            "300,        AT_RISK,  50",
            "100,        AT_RISK,  34",       // exactly at c: the range is inclusive
            "500,        AT_RISK,  66",       // exactly at h: still At Risk
            "500.0004,   HEALTHY,  67.000033",
            "99.9996,    CRITICAL, 32.999967",
            "-300,       CRITICAL, 0",        // t = -1: the outer band ends here
            "-100000,    CRITICAL, 0",        // clamped, never negative
            "900,        HEALTHY,  100",      // t = 2
            "1000000,    HEALTHY,  100"})     // clamped, never above 100
    void higherIsBetterBandsAndScores(double value, Band band, double score) {
        KpiScorer.Result r = KpiScorer.scoreNumeric(value, DAILY);
        assertEquals(band, r.band());
        assertEquals(score, r.score(), EPS);
    }

    @ParameterizedTest(name = "lower is better: {0} -> {1} {2}")
    @CsvSource({
            "18.5,    AT_RISK,  50",
            "30,      AT_RISK,  34",
            "7,       AT_RISK,  66",
            "6.99977, HEALTHY,  67.00033",
            "30.0023, CRITICAL, 32.9967",
            "53,      CRITICAL, 0",
            "1000,    CRITICAL, 0",
            "-16,     HEALTHY,  100",
            "-1000,   HEALTHY,  100"})
    void lowerIsBetterBandsAndScores(double value, Band band, double score) {
        KpiScorer.Result r = KpiScorer.scoreNumeric(value, DAYS);
        assertEquals(band, r.band());
        assertEquals(score, r.score(), 1e-4);
    }

    @ParameterizedTest(name = "{0}: next band at {1}")
    @CsvSource({"50, 100", "100, 500", "300, 500", "500, 500", "501, "})
    void nextBandIsCriticalThresholdThenHealthyThresholdThenNone(double value, Double next) {
        assertEquals(next, KpiScorer.scoreNumeric(value, DAILY).nextBandValue());
    }

    @ParameterizedTest(name = "''{0}'' (stored {1}) is {2}, {3} points, next ''{4}''")
    @CsvSource({
            "High,   1, CRITICAL, 0,   Medium",
            "'high ', 1, CRITICAL, 0,  Medium",
            "MEDIUM, 2, AT_RISK,  50,  Low",
            "low,    3, HEALTHY,  100, ",
            ",       2, AT_RISK,  50,  Low"})    // no label: the stored number decides
    void textKpisScoreByTheirLabelsBand(String label, double stored, Band band, double score, String next) {
        KpiScorer.Result r = KpiScorer.scoreText(CHURN, label, stored);
        assertEquals(band, r.band());
        assertEquals(score, r.score());
        assertEquals(next, r.nextBandLabel());
        assertNull(r.nextBandValue());
    }

    @Test
    void textLabelIsReportedAsTheCatalogueSpellsIt() {
        assertEquals("Medium", KpiScorer.scoreText(CHURN, "medium", 2).label());
    }

    @Test
    void unknownTextLabelIsAnErrorNotASilentDefault() {
        assertThrows(IllegalArgumentException.class, () -> KpiScorer.scoreText(CHURN, "Very high", 9));
    }

    @ParameterizedTest(name = "{0} {1} ({2}) -> {3}")
    @CsvSource(delimiter = '|', value = {
            "CRITICAL | 100 | HIGHER_IS_BETTER | Reach 100 or more to become At Risk.",
            "CRITICAL | 30  | LOWER_IS_BETTER  | Reach 30 or less to become At Risk.",
            "AT_RISK  | 500 | HIGHER_IS_BETTER | Better than 500 (higher is better) to become Healthy.",
            "AT_RISK  | 7   | LOWER_IS_BETTER  | Better than 7 (lower is better) to become Healthy.",
            "HEALTHY  |     | LOWER_IS_BETTER  | Already Healthy."})
    void nextBandIsExplainedInWords(Band band, Double next, Direction direction, String expected) {
        var kpi = new KpiScore("k", "K", Category.PRODUCT_USAGE, 1.0, null, band, 0, 0, 0, next, null);
        assertEquals(expected, KpiScorer.describeNextBand(kpi, direction));
    }

    @Test
    void nextTextLabelIsExplainedInWords() {
        var kpi = new KpiScore("churn_risk", "Churn", Category.CUSTOMER_SENTIMENT, 1.0, "High", Band.CRITICAL, 0, 0, 0,
                null, "Medium");
        assertEquals("Becomes At Risk at 'Medium'.", KpiScorer.describeNextBand(kpi, Direction.TEXT));
    }
}
