package org.csm.onboarding.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthScale;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiScore;
import org.csm.onboarding.model.OnboardingConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// scoring.md's worked example, SRVL-3007 Elastic AI Corp with the default config, end to end:
/// the file's health_score values go up to 71, so Health Score is read on 0-100.
class WorkedExampleTest {

    private static final double TWO_DECIMALS = 0.005;
    private static HealthScore score;

    @BeforeAll
    static void scoreTheAccount() {
        OnboardingConfig config = OnboardingConfig.defaults();
        var scale = HealthScaleResolver.resolve(config, 71.0);
        var ctx = ScoringContext.of(KpiCatalog.standard(), config, scale.scale());
        score = new HealthScorer().score(AccountKpis.ID, AccountKpis.NAME, AccountKpis.elasticAiCorp().build(), ctx);
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({
            "daily_invocations, 100, HEALTHY",
            "invocations_30d, 100, HEALTHY",
            "invocation_velocity_change_pct, 21.32, CRITICAL",
            "days_since_last_invocation, 35.39, AT_RISK",
            "avg_execution_time_sec, 56.30, AT_RISK",
            "cold_start_pct, 64.93, AT_RISK",
            "p95_latency_ms, 50.53, AT_RISK",
            "error_rate_pct, 10.23, CRITICAL",
            "monthly_spend, 100, HEALTHY",
            "contract_value_annual, 75.25, HEALTHY",
            "expansion_potential, 0, CRITICAL",
            "health_score, 4.40, CRITICAL",
            "churn_risk, 0, CRITICAL"})
    void eachKpiScoresAsInTheContract(String key, double expected, Band band) {
        KpiScore kpi = byKey().get(key);
        assertEquals(expected, kpi.score(), TWO_DECIMALS, key);
        assertEquals(band, kpi.band(), key);
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"PRODUCT_USAGE, 70.30", "SUPPORT, 38.66", "BUSINESS_OUTCOMES, 70.10", "CUSTOMER_SENTIMENT, 2.20"})
    void eachCategoryScoresAsInTheContract(Category category, double expected) {
        assertEquals(expected, score.categories().get(category), TWO_DECIMALS);
    }

    @Test
    void overallIsAtRiskOverNinetyFivePercentOfTheWeight() {
        assertEquals(52.83, score.overall(), TWO_DECIMALS);
        assertEquals(HealthStatus.AT_RISK, score.status());
        assertEquals(0.95, score.coverage(), 1e-9);
        assertEquals(4, score.categories().size(), "Relationship Strength has no KPI, so no category score");
    }

    @Test
    void textKpisCarryTheirLabelAndNextBetterLabel() {
        KpiScore churn = byKey().get("churn_risk");
        assertEquals("High", churn.label());
        assertEquals(1.0, churn.value());
        assertEquals("Medium", churn.nextBandLabel());
        assertEquals("Medium", byKey().get("expansion_potential").nextBandLabel());
    }

    @Test
    void healthScoreThresholdsAreRescaledSoTheNextBandIsThirty() {
        assertEquals(30.0, byKey().get("health_score").nextBandValue());
    }

    @Test
    void scaleNoticeTellsTheUserAboutTheRescale() {
        var resolution = HealthScaleResolver.resolve(OnboardingConfig.defaults(), 71.0);
        assertEquals(HealthScale.ZERO_TO_HUNDRED, resolution.scale());
        assertEquals("health_score values go up to 71, so the column is read on a 0-100 scale: "
                + "thresholds 30 and 60 instead of 3 and 6", resolution.notice());
    }

    private static Map<String, KpiScore> byKey() {
        return score.kpis().stream().collect(Collectors.toMap(KpiScore::kpiKey, Function.identity()));
    }
}
