package org.csm.onboarding.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.HealthScale;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.KpiScore;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.AccountTableBuilder;
import org.junit.jupiter.api.Test;

/// A custom KPI is scored and explained exactly as scoring.md scores the 13 standard ones; the
/// numbers below are worked by hand from the formulas there (default weights 35/25/20/15/5).
class CustomKpiScoringTest {

    /// Relationship Strength had no KPI at all: this one gives it data.
    static final CustomKpi MEETINGS = CustomKpi.of("Executive Meetings", "Exec meetings (qtr)", Category.RELATIONSHIP_STRENGTH,
            Direction.HIGHER_IS_BETTER, Impact.MEDIUM, Frequency.QUARTERLY, 1, 4);
    static final CustomKpi TICKETS = CustomKpi.of("Open Tickets", "Open tickets", Category.SUPPORT,
            Direction.LOWER_IS_BETTER, Impact.HIGH, Frequency.MONTHLY, 20, 5);

    private static final OnboardingConfig CONFIG = OnboardingConfig.defaults().withCustomKpi(MEETINGS).withCustomKpi(TICKETS);

    private static KpiRecord record(String key, double value) {
        return new KpiRecord("ACC-1", "Acme", key, key, null, null, null, value, null);
    }

    private static List<KpiRecord> acme() {
        return List.of(record("daily_invocations", 300), record("error_rate_pct", 7.5),
                record(MEETINGS.key(), 5.5), record(TICKETS.key(), 11));
    }

    private static ScoringContext context(OnboardingConfig config) {
        return ScoringContext.of(config.catalog(), config, HealthScale.ZERO_TO_TEN);
    }

    @Test
    void customKpisScoreOnTheirOwnThresholdsAndCountInTheirCategories() {
        HealthScore score = new HealthScorer().score("ACC-1", "Acme", acme(), context(CONFIG));
        // Daily Invocations 300 on 100..500: t = 0.5 -> 34 + 16 = 50 (Product Usage 50).
        // Error Rate 7.5 on 10..5: t = 0.5 -> 50. Open Tickets 11 on 20..5: t = 9/15 = 0.6 -> 34 + 19.2 = 53.2.
        // Support = (3 x 50 + 2 x 53.2) / (3 + 2) = 51.28.
        // Executive Meetings 5.5 on 1..4: t = 1.5 -> 67 + 33 x 0.5 = 83.5 (Relationship Strength 83.5).
        KpiScore tickets = kpi(score, TICKETS.key());
        assertEquals(53.2, tickets.score(), 1e-9);
        assertEquals(Band.AT_RISK, tickets.band());
        assertEquals("Open Tickets", tickets.kpiName());
        KpiScore meetings = kpi(score, MEETINGS.key());
        assertEquals(83.5, meetings.score(), 1e-9);
        assertEquals(Band.HEALTHY, meetings.band());
        assertEquals(51.28, score.categories().get(Category.SUPPORT), 1e-9);
        assertEquals(83.5, score.categories().get(Category.RELATIONSHIP_STRENGTH), 1e-9);
        // Overall = (35 x 50 + 20 x 51.28 + 5 x 83.5) / (35 + 20 + 5) = 3193.1 / 60.
        assertEquals(3193.1 / 60, score.overall(), 1e-9);
        // Coverage: Product Usage 35 x 2/7 = 10; Support 20 x (3 + 2)/(8 + 2) = 10; Relationship 5 x 1/1 = 5 -> 25 %.
        assertEquals(0.25, score.coverage(), 1e-9);
        assertEquals(HealthStatus.INSUFFICIENT_DATA, score.status());
        // Points: weight share 5/60, impact share 1/1 -> 83.5/12 added, 16.5/12 lost.
        assertEquals(83.5 / 12, meetings.pointsAdded(), 1e-9);
        assertEquals(16.5 / 12, meetings.pointsLost(), 1e-9);
        // Support share 20/60 x 2/5: 53.2 x 2/15 added; the next band (At Risk -> Healthy) starts below 5.
        assertEquals(53.2 * 2 / 15, tickets.pointsAdded(), 1e-9);
        assertEquals(5.0, tickets.nextBandValue(), 1e-9);
    }

    @Test
    void aFullRowWithTheCustomKpiCoversEveryCategory() {
        List<KpiRecord> full = new ArrayList<>(AccountKpis.elasticAiCorp().build());
        OnboardingConfig standard = OnboardingConfig.defaults();
        HealthScore before = new HealthScorer().score(AccountKpis.ID, AccountKpis.NAME, full,
                ScoringContext.of(standard.catalog(), standard, HealthScale.ZERO_TO_HUNDRED));
        full.add(record(MEETINGS.key(), 5.5));
        OnboardingConfig withMeetings = OnboardingConfig.defaults().withCustomKpi(MEETINGS);
        HealthScore after = new HealthScorer().score(AccountKpis.ID, AccountKpis.NAME, full,
                ScoringContext.of(withMeetings.catalog(), withMeetings, HealthScale.ZERO_TO_HUNDRED));
        assertEquals(0.95, before.coverage(), 1e-9);
        assertEquals(1.0, after.coverage(), 1e-9);
        // The four categories kept their 95 points of weight; Relationship Strength adds 5 x 83.5.
        assertEquals((before.overall() * 95 + 5 * 83.5) / 100, after.overall(), 1e-9);
        assertEquals(52.83, before.overall(), 0.005);
    }

    @Test
    void theWorkspaceRangeOverridesTheCustomKpisOwnThresholds() {
        var ranges = new java.util.LinkedHashMap<>(CONFIG.ranges());
        ranges.put(TICKETS.key(), new ReferenceRange(TICKETS.key(), Direction.LOWER_IS_BETTER, 12, 2));
        HealthScore score = new HealthScorer().score("ACC-1", "Acme", acme(), context(CONFIG.withRanges(ranges)));
        // 11 on 12..2: t = 1/10 -> 34 + 3.2 = 37.2.
        assertEquals(37.2, kpi(score, TICKETS.key()).score(), 1e-9);
        // Without any range in the config, the custom KPI's own thresholds apply.
        HealthScore own = new HealthScorer().score("ACC-1", "Acme", acme(),
                context(CONFIG.withRanges(Map.of())));
        assertEquals(53.2, kpi(own, TICKETS.key()).score(), 1e-9);
    }

    @Test
    void theTableScorerGivesTheSameNumbers() {
        AccountTable table = new AccountTableBuilder()
                .add(new Account("ACC-1", "Acme", null, null, null, null, null, null), null, acme())
                .add(new Account("ACC-2", "Beta", null, null, null, null, null, null), null,
                        List.of(record(MEETINGS.key(), 0), record("daily_invocations", 900)))
                .build();
        ScoringContext ctx = context(CONFIG);
        TableScorer.Scores scores = TableScorer.score(table, ctx);
        assertEquals(3193.1 / 60, scores.overall(table.indexOf("ACC-1")), 1e-9);
        // Beta: daily 900 -> t = 2 -> 100; meetings 0 on 1..4 -> t = -1/3 -> 33 x 2/3 = 22.
        // Overall = (35 x 100 + 5 x 22) / 40 = 90.25; coverage 35 x 2/7 + 5 = 15 %.
        int beta = table.indexOf("ACC-2");
        assertEquals(90.25, scores.overall(beta), 1e-9);
        assertEquals(0.15, scores.coverage()[beta], 1e-9);
        assertEquals(22, scores.categories()[Category.RELATIONSHIP_STRENGTH.ordinal()][beta], 1e-9);
        HealthScore explained = TableScorer.explain(table, beta, ctx);
        assertEquals(scores.overall(beta), explained.overall());
    }

    @Test
    void aCustomKpiCannotTakeTheNameOfAStandardOne() {
        var clash = CustomKpi.of("Error Rate", "errors", Category.SUPPORT, Direction.LOWER_IS_BETTER, Impact.HIGH,
                Frequency.DAILY, 10, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> OnboardingConfig.defaults().withCustomKpi(clash));
        assertEquals("There is already a KPI called \"Error Rate\": give the custom KPI from errors another name.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CustomKpi.of("Tickets", "t", Category.SUPPORT,
                Direction.LOWER_IS_BETTER, Impact.HIGH, Frequency.DAILY, 2, 10));
        assertEquals("custom_support_tickets_30d", CustomKpi.keyFor("Support Tickets (30d)"));
    }

    private static KpiScore kpi(HealthScore score, String key) {
        return score.kpis().stream().filter(k -> k.kpiKey().equals(key)).findFirst().orElseThrow();
    }
}
