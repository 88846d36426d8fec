package org.csm.onboarding.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.HealthScale;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.OnboardingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreComparisonTest {

    private static HealthScore overall(Double overall) {
        return new HealthScore("A-1", "Acme", overall, HealthStatus.AT_RISK, 1.0, Map.of(), List.of());
    }

    @ParameterizedTest(name = "computed {0} vs file {1} on {2}: difference {3}, agree {4}")
    @CsvSource({
            "52.83, 4,   ZERO_TO_HUNDRED, 48.83, false",
            "52.83, 5,   ZERO_TO_TEN,     2.83,  true",     // 5 of 10 is 50 of 100: both At Risk
            "67,    6.7, ZERO_TO_TEN,     0,     true",     // both exactly on the Healthy edge
            "66.9,  67,  ZERO_TO_HUNDRED, -0.1,  false",
            "20,    33,  ZERO_TO_HUNDRED, -13,   true"})
    void differenceIsOnAHundredAndBandsUseTheSameCutOffs(double computed, double file, HealthScale scale,
                                                         double difference, boolean agree) {
        ScoreComparison c = ScoreComparison.of(overall(computed), file, scale);
        assertEquals(difference, c.difference(), 1e-9);
        assertEquals(agree, c.bandsAgree());
    }

    @Test
    void missingSideGivesNoDifferenceAndNoAgreement() {
        ScoreComparison noOverall = ScoreComparison.of(overall(null), 50.0, HealthScale.ZERO_TO_HUNDRED);
        assertNull(noOverall.difference());
        assertNull(noOverall.computedBand());
        assertFalse(noOverall.bandsAgree());
        ScoreComparison noFile = ScoreComparison.of(overall(50.0), null, HealthScale.ZERO_TO_HUNDRED);
        assertNull(noFile.difference());
        assertFalse(noFile.bandsAgree());
    }

    @Test
    void fileScoreIsTakenFromTheScoredHealthScoreKpi() {
        var ctx = ScoringContext.of(KpiCatalog.standard(), OnboardingConfig.defaults(), HealthScale.ZERO_TO_HUNDRED);
        HealthScore s = new HealthScorer().score(AccountKpis.ID, AccountKpis.NAME, AccountKpis.elasticAiCorp().build(), ctx);
        ScoreComparison c = ScoreComparison.of(s, HealthScale.ZERO_TO_HUNDRED);
        assertEquals(4.0, c.fileScore());
        assertEquals(Band.AT_RISK, c.computedBand());
        assertEquals(Band.CRITICAL, c.fileBand());
        assertEquals(s.overall() - 4, c.difference(), 1e-9);
    }
}
