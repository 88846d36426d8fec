package org.csm.onboarding.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.HealthScale;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.KpiScore;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.model.Weights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HealthScorerTest {

    private static final double EPS = 1e-9;
    private static final KpiCatalog CATALOG = KpiCatalog.standard();
    private static final ScoringContext DEFAULTS =
            ScoringContext.of(CATALOG, OnboardingConfig.defaults(), HealthScale.ZERO_TO_HUNDRED);
    private final HealthScorer scorer = new HealthScorer();

    private HealthScore score(List<KpiRecord> kpis) {
        return scorer.score(AccountKpis.ID, AccountKpis.NAME, kpis, DEFAULTS);
    }

    private static List<KpiRecord> without(List<KpiRecord> kpis, String... keys) {
        var drop = List.of(keys);
        return kpis.stream().filter(k -> !drop.contains(k.kpiKey())).toList();
    }

    private static List<KpiRecord> only(List<KpiRecord> kpis, Category... categories) {
        var keep = List.of(categories);
        return kpis.stream().filter(k -> keep.contains(k.category())).toList();
    }

    @Test
    void missingKpiIsLeftOutOfItsCategoryNotCountedAsZero() {
        HealthScore s = score(without(AccountKpis.elasticAiCorp().build(), "invocation_velocity_change_pct"));
        // (2 x 100 + 2 x 100 + 2 x 35.39) / 6: velocity's impact leaves the denominator too.
        assertEquals((400 + 2 * (34 + 32.0 / 23)) / 6, s.categories().get(Category.PRODUCT_USAGE), EPS);
        assertTrue(s.kpis().stream().noneMatch(k -> k.kpiKey().equals("invocation_velocity_change_pct")));
    }

    @Test
    void missingKpiLowersCoverageByItsShareOfTheCategory() {
        HealthScore s = score(without(AccountKpis.elasticAiCorp().build(), "invocation_velocity_change_pct"));
        // Product Usage keeps 6 of its 7 impact points: 35 x 6/7 = 30, plus 25 + 20 + 15, of 100.
        assertEquals(0.90, s.coverage(), EPS);
    }

    @Test
    void categoryWithoutDataDropsOutAndTheWeightsRenormalise() {
        List<KpiRecord> kpis = only(AccountKpis.elasticAiCorp().build(), Category.PRODUCT_USAGE, Category.BUSINESS_OUTCOMES);
        HealthScore s = score(kpis);
        double usage = s.categories().get(Category.PRODUCT_USAGE);
        double business = s.categories().get(Category.BUSINESS_OUTCOMES);
        assertEquals((35 * usage + 25 * business) / 60, s.overall(), EPS);
        assertEquals(0.60, s.coverage(), EPS);
        assertEquals(2, s.categories().size());
        assertFalse(s.categories().containsKey(Category.SUPPORT));
    }

    @Test
    void coverageBelowHalfIsInsufficientDataWhateverTheScore() {
        HealthScore s = score(only(AccountKpis.elasticAiCorp().build(), Category.PRODUCT_USAGE));
        assertEquals(0.35, s.coverage(), EPS);
        assertEquals(HealthStatus.INSUFFICIENT_DATA, s.status());
        assertEquals(s.categories().get(Category.PRODUCT_USAGE), s.overall(), EPS, "the number is still computed");
    }

    @Test
    void coverageOfExactlyHalfStillGetsAStatus() {
        HealthScore s = score(only(AccountKpis.elasticAiCorp().build(), Category.PRODUCT_USAGE, Category.CUSTOMER_SENTIMENT));
        assertEquals(0.50, s.coverage(), EPS);
        assertEquals(HealthStatus.AT_RISK, s.status());
    }

    @Test
    void noKpisMeansNoOverallAndInsufficientData() {
        HealthScore s = score(List.of());
        assertNull(s.overall());
        assertEquals(HealthStatus.INSUFFICIENT_DATA, s.status());
        assertEquals(0, s.coverage());
        assertTrue(s.categories().isEmpty());
        assertTrue(s.kpis().isEmpty());
    }

    @Test
    void completeRowWithDefaultWeightsCoversNinetyFivePercent() {
        assertEquals(0.95, score(AccountKpis.elasticAiCorp().build()).coverage(), EPS);
    }

    @Test
    void completeRowCoversEverythingWhenRelationshipStrengthHasNoWeight() {
        var weights = new EnumMap<Category, Double>(Category.class);
        weights.put(Category.PRODUCT_USAGE, 40.0);
        weights.put(Category.BUSINESS_OUTCOMES, 25.0);
        weights.put(Category.SUPPORT, 20.0);
        weights.put(Category.CUSTOMER_SENTIMENT, 15.0);
        var ctx = ScoringContext.of(CATALOG, OnboardingConfig.defaults().withWeights(new Weights(weights)),
                HealthScale.ZERO_TO_HUNDRED);
        HealthScore s = scorer.score("x", "y", AccountKpis.elasticAiCorp().build(), ctx);
        assertEquals(1.0, s.coverage(), EPS);
    }

    @Test
    void kpisTheCatalogueDoesNotKnowAreIgnored() {
        List<KpiRecord> withNps = AccountKpis.elasticAiCorp().num("nps", -80).build();
        assertEquals(score(AccountKpis.elasticAiCorp().build()), score(withNps));
    }

    @Test
    void firstRecordOfAKpiCountsWhenItAppearsTwice() {
        HealthScore s = score(AccountKpis.account().num("error_rate_pct", 1).num("error_rate_pct", 50).build());
        assertEquals(1.0, s.kpis().getFirst().value());
    }

    static Stream<List<KpiRecord>> accounts() {
        List<KpiRecord> full = AccountKpis.elasticAiCorp().build();
        return Stream.of(full,
                without(full, "invocation_velocity_change_pct", "churn_risk"),
                only(full, Category.SUPPORT),
                AccountKpis.account().num("daily_invocations", 10_000).text("churn_risk", "medium").build());
    }

    @ParameterizedTest
    @MethodSource("accounts")
    void pointsAddedSumToTheOverallScore(List<KpiRecord> kpis) {
        HealthScore s = score(kpis);
        assertEquals(s.overall(), s.kpis().stream().mapToDouble(KpiScore::pointsAdded).sum(), 1e-9);
    }

    @ParameterizedTest
    @MethodSource("accounts")
    void pointsLostSumToWhatIsMissingFromAHundred(List<KpiRecord> kpis) {
        HealthScore s = score(kpis);
        assertEquals(100 - s.overall(), s.kpis().stream().mapToDouble(KpiScore::pointsLost).sum(), 1e-9);
        for (KpiScore k : s.kpis()) {
            // Each KPI's share of the overall, split between what it earned and what it lost.
            assertEquals(k.pointsAdded() * (100 - k.score()), k.pointsLost() * k.score(), 1e-9, k.kpiKey());
        }
    }

    @Test
    void churnRiskHighCostsElasticAiCorpTheMostPoints() {
        List<KpiScore> kpis = score(AccountKpis.elasticAiCorp().build()).kpis();
        // Sentiment has 15 of the 95 weight with data, churn 3 of its 6 impact points, scoring 0.
        assertEquals("churn_risk", kpis.get(0).kpiKey());
        assertEquals(15.0 / 95 * 3 / 6 * 100, kpis.get(0).pointsLost(), EPS);
        // Then health_score (4.40 on the same share) and error rate (Support 20/95 x 3/8 x 89.77).
        assertEquals(List.of("health_score", "error_rate_pct"), List.of(kpis.get(1).kpiKey(), kpis.get(2).kpiKey()));
        assertEquals(20.0 / 95 * 3 / 8 * (100 - kpis.get(2).score()), kpis.get(2).pointsLost(), EPS);
    }

    @Test
    void kpisAreOrderedByPointsLostLargestFirst() {
        List<KpiScore> kpis = score(AccountKpis.elasticAiCorp().build()).kpis();
        for (int i = 1; i < kpis.size(); i++) {
            assertTrue(kpis.get(i - 1).pointsLost() >= kpis.get(i).pointsLost());
        }
    }

    @Test
    void catalogueOrderCanBeRestoredForTheDetailView() {
        HealthScore s = score(AccountKpis.elasticAiCorp().build());
        List<String> keys = HealthScorer.inCatalogueOrder(s, DEFAULTS).stream().map(KpiScore::kpiKey).toList();
        assertEquals(CATALOG.kpis().stream().map(k -> k.key()).toList(), keys);
    }

    @ParameterizedTest(name = "overall {0}, coverage {1} -> {2}")
    @CsvSource({
            "100,   1,    HEALTHY",
            "67,    1,    HEALTHY",
            "66.99, 1,    AT_RISK",
            "34,    1,    AT_RISK",
            "33.99, 1,    CRITICAL",
            "0,     1,    CRITICAL",
            "50,    0.5,  AT_RISK",
            "90,    0.49, INSUFFICIENT_DATA",
            ",      1,    INSUFFICIENT_DATA"})
    void statusFollowsTheOverallUnlessCoverageIsTooLow(Double overall, double coverage, HealthStatus status) {
        assertEquals(status, HealthScorer.status(overall, coverage));
    }

    @Test
    void rangesThatCannotScoreAreRefusedBeforeTheRun() {
        var ranges = new HashMap<>(CATALOG.benchmarkRanges());
        ranges.put("error_rate_pct", new ReferenceRange("error_rate_pct", Direction.LOWER_IS_BETTER, 5, 5));
        var ex = assertThrows(IllegalArgumentException.class,
                () -> ScoringContext.of(CATALOG, Weights.defaults(), ranges));
        assertTrue(ex.getMessage().contains("Error Rate"), ex.getMessage());
    }

    @Test
    void aKpiMissingFromTheConfigFallsBackToItsBenchmark() {
        var ranges = new HashMap<>(CATALOG.benchmarkRanges());
        ranges.remove("daily_invocations");
        var config = OnboardingConfig.defaults().withRanges(ranges);
        var ctx = ScoringContext.of(CATALOG, config, HealthScale.ZERO_TO_TEN);
        assertEquals(CATALOG.benchmarkRanges().get("daily_invocations"), ctx.ranges().get("daily_invocations"));
    }
}
