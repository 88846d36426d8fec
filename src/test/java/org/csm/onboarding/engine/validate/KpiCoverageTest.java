package org.csm.onboarding.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.Weights;
import org.junit.jupiter.api.Test;

/// The coverage gate counts the 13 standard KPIs for "half of the KPIs"; a custom KPI found in
/// the file feeds its category, so that category is not "without any KPI".
class KpiCoverageTest {

    private static final CustomKpi MEETINGS = CustomKpi.of("Executive Meetings", "meetings", Category.RELATIONSHIP_STRENGTH,
            Direction.HIGHER_IS_BETTER, Impact.MEDIUM, Frequency.QUARTERLY, 1, 4);
    private static final OnboardingConfig CONFIG = OnboardingConfig.defaults().withCustomKpi(MEETINGS);

    private static ColumnMapping mapped(Field... fields) {
        Map<Field, String> map = new EnumMap<>(Field.class);
        for (Field f : fields) {
            map.put(f, f.key());
        }
        return new ColumnMapping(map);
    }

    private static final ColumnMapping SEVEN = mapped(Field.DAILY_INVOCATIONS, Field.INVOCATIONS_30D, Field.ERROR_RATE_PCT,
            Field.COLD_START_PCT, Field.MONTHLY_SPEND, Field.CONTRACT_VALUE_ANNUAL, Field.HEALTH_SCORE);

    @Test
    void halfOfTheKpisIsCountedOnTheStandardOnes() {
        KpiCoverage seven = KpiCoverage.of(SEVEN, CONFIG.catalog().kpis(), CONFIG.weights(), "meetings"::equals);
        assertFalse(seven.tooFew());
        assertEquals("7 of 13 KPIs found and 1 custom KPI", seven.foundText());
        assertEquals(List.of("Executive Meetings"), seven.customFound().stream().map(k -> k.name()).toList());
        // Six standard KPIs stay below half even with the custom one beside them.
        ColumnMapping six = mapped(Field.DAILY_INVOCATIONS, Field.INVOCATIONS_30D, Field.ERROR_RATE_PCT, Field.COLD_START_PCT,
                Field.MONTHLY_SPEND, Field.HEALTH_SCORE);
        assertTrue(KpiCoverage.of(six, CONFIG.catalog().kpis(), CONFIG.weights(), "meetings"::equals).tooFew());
    }

    @Test
    void aCategoryFedOnlyByACustomKpiHasData() {
        // Relationship Strength (weight 5) has KPIs only through the custom one: missing from the
        // file it is a weighted category without any KPI, and the import must be confirmed.
        KpiCoverage absent = KpiCoverage.of(SEVEN, CONFIG.catalog().kpis(), CONFIG.weights(), header -> false);
        assertEquals(List.of(Category.RELATIONSHIP_STRENGTH), absent.weightedWithoutKpis());
        assertEquals(List.of("Executive Meetings"), absent.customMissing().stream().map(k -> k.name()).toList());
        assertTrue(absent.tooFew());
        // With no weight on it, nothing is missing; without the custom KPI it is not a KPI category at all.
        var weights = new EnumMap<Category, Double>(Category.class);
        for (Category c : Category.values()) {
            weights.put(c, c == Category.RELATIONSHIP_STRENGTH ? 0.0 : c.defaultWeight());
        }
        assertFalse(KpiCoverage.of(SEVEN, CONFIG.catalog().kpis(), new Weights(weights), header -> false).tooFew());
        assertFalse(KpiCoverage.of(SEVEN, OnboardingConfig.defaults().catalog().kpis(), CONFIG.weights()).tooFew());
    }
}
