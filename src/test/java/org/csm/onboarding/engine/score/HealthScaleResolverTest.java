package org.csm.onboarding.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.csm.onboarding.model.HealthScale;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.OnboardingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthScaleResolverTest {

    @ParameterizedTest(name = "{0} with max {1} -> {2}, thresholds {3}/{4}, notice {5}")
    @CsvSource({
            "AUTO,            4,   ZERO_TO_TEN,     3,  6,  false",
            "AUTO,            10,  ZERO_TO_TEN,     3,  6,  false",   // 10 still fits 0-10
            "AUTO,            11,  ZERO_TO_HUNDRED, 30, 60, true",
            "AUTO,            71,  ZERO_TO_HUNDRED, 30, 60, true",
            "AUTO,            ,    ZERO_TO_TEN,     3,  6,  false",   // no health_score in the file
            "ZERO_TO_HUNDRED, 5,   ZERO_TO_HUNDRED, 30, 60, false",   // the user said so: nothing to tell
            "ZERO_TO_TEN,     71,  ZERO_TO_TEN,     3,  6,  true"})   // forced 0-10 on 0-100 data: warn
    void scaleIsDecidedFromTheLargestValueUnlessTheUserChose(HealthScale requested, Double max, HealthScale scale,
                                                              double critical, double healthy, boolean notice) {
        var r = HealthScaleResolver.resolve(OnboardingConfig.defaults().withHealthScale(requested), max);
        assertEquals(scale, r.scale());
        assertEquals(critical, r.effectiveRange().critical());
        assertEquals(healthy, r.effectiveRange().healthy());
        assertEquals(notice, r.noticeRequired());
    }

    @Test
    void forcedTenScaleNoticeSaysWhatItDoes() {
        var r = HealthScaleResolver.resolve(OnboardingConfig.defaults().withHealthScale(HealthScale.ZERO_TO_TEN), 71.0);
        assertEquals("health_score values go up to 71 but the column is set to a 0-10 scale: "
                + "every value above 6 counts as Healthy", r.notice());
    }

    @Test
    void effectiveRangesRescaleOnlyHealthScore() {
        var config = OnboardingConfig.defaults();
        var ranges = HealthScaleResolver.effectiveRanges(config, HealthScale.ZERO_TO_HUNDRED);
        assertEquals(30, ranges.get(KpiCatalog.HEALTH_SCORE).critical());
        assertEquals(60, ranges.get(KpiCatalog.HEALTH_SCORE).healthy());
        ranges.forEach((key, range) -> {
            if (!key.equals(KpiCatalog.HEALTH_SCORE)) {
                assertEquals(config.ranges().get(key), range, key);
            }
        });
        assertEquals(config.ranges(), HealthScaleResolver.effectiveRanges(config, HealthScale.ZERO_TO_TEN));
    }

    @Test
    void autoMustBeResolvedBeforeRangesAreBuilt() {
        assertThrows(IllegalArgumentException.class,
                () -> HealthScaleResolver.effectiveRanges(OnboardingConfig.defaults(), HealthScale.AUTO));
    }

    @ParameterizedTest(name = "{0} on {1} is {2} of 100")
    @CsvSource({"4, ZERO_TO_TEN, 40", "4, ZERO_TO_HUNDRED, 4", "6.5, ZERO_TO_TEN, 65"})
    void fileValuesMapToAHundred(double value, HealthScale scale, double expected) {
        assertEquals(expected, HealthScaleResolver.toHundred(value, scale), 1e-9);
    }

    @Test
    void noticeShowsUserEditedThresholdsNotTheDefaults() {
        var ranges = new java.util.HashMap<>(OnboardingConfig.defaults().ranges());
        ranges.put(KpiCatalog.HEALTH_SCORE, ranges.get(KpiCatalog.HEALTH_SCORE).scaled(1.5)); // 4.5 and 9
        var r = HealthScaleResolver.resolve(OnboardingConfig.defaults().withRanges(ranges), 71.0);
        assertTrue(r.notice().endsWith("thresholds 45 and 90 instead of 4.5 and 9"), r.notice());
    }

    @Test
    void maxHealthScoreFoldsOverAccountsAndIgnoresOtherKpis() {
        var health = new org.csm.onboarding.model.KpiRecord("A", "A", "health_score", "Health Score",
                org.csm.onboarding.model.Category.CUSTOMER_SENTIMENT, org.csm.onboarding.model.Impact.CRITICAL,
                org.csm.onboarding.model.Frequency.MONTHLY, 7, null);
        var daily = new org.csm.onboarding.model.KpiRecord("A", "A", "daily_invocations", "Daily Invocations",
                org.csm.onboarding.model.Category.PRODUCT_USAGE, org.csm.onboarding.model.Impact.HIGH,
                org.csm.onboarding.model.Frequency.DAILY, 500, null);
        org.junit.jupiter.api.Assertions.assertNull(HealthScaleResolver.maxHealthScore(java.util.List.of(daily), null));
        org.junit.jupiter.api.Assertions.assertEquals(7.0, HealthScaleResolver.maxHealthScore(java.util.List.of(daily, health), null));
        org.junit.jupiter.api.Assertions.assertEquals(71.0, HealthScaleResolver.maxHealthScore(java.util.List.of(health), 71.0));
    }
}
