package org.csm.onboarding.engine.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.model.Weights;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.AccountTableBuilder;
import org.junit.jupiter.api.Test;

/// The column-wise scorer gives exactly HealthScorer's numbers: the worked example and
/// thousands of generated accounts with gaps, odd labels, extreme values and other configs.
class TableScorerTest {

    private static final KpiCatalog CATALOG = KpiCatalog.standard();

    @Test
    void theWorkedExampleScores52_83AtRisk() {
        AccountTable table = new AccountTableBuilder().add(new Account(AccountKpis.ID, AccountKpis.NAME, null, null, null,
                null, null, null), null, AccountKpis.elasticAiCorp().build()).build();
        OnboardingConfig config = OnboardingConfig.defaults();
        // The sample file's health_score values reach 71, so it is read on 0-100 (scoring.md).
        var ctx = ScoringContext.of(CATALOG, config, HealthScaleResolver.resolve(config, 71.0).scale());
        TableScorer.Scores scores = TableScorer.score(table, ctx);
        assertEquals(52.83, scores.overall(0), 0.005);
        assertEquals(HealthStatus.AT_RISK, scores.status()[0]);
        assertEquals(52.83, TableScorer.explain(table, 0, ctx).overall(), 0.005);
    }

    @Test
    void generatedAccountsScoreExactlyAsHealthScorerDoes() {
        Random random = new Random(8);
        List<List<KpiRecord>> accounts = new ArrayList<>();
        var builder = new AccountTableBuilder();
        for (int i = 0; i < 20_000; i++) {
            String id = "G-" + i;
            List<KpiRecord> records = randomKpis(random, id);
            accounts.add(records);
            builder.add(new Account(id, "Name " + i, null, null, null, null, null, null), null, records);
        }
        AccountTable table = builder.build();
        for (OnboardingConfig config : configs()) {
            var ctx = ScoringContext.of(CATALOG, config, HealthScaleResolver.resolve(config, TableScorer.maxHealthScore(table)).scale());
            TableScorer.Scores scores = TableScorer.score(table, ctx);
            HealthScorer scorer = new HealthScorer();
            for (int row = 0; row < table.size(); row++) {
                HealthScore expected = scorer.score(table.externalId(row), table.name(row), accounts.get(row), ctx);
                assertEquals(expected.overall(), scores.overall(row), "overall of row " + row);
                assertEquals(expected.coverage(), scores.coverage()[row], "coverage of row " + row);
                assertEquals(expected.status(), scores.status()[row], "status of row " + row);
            }
        }
    }

    @Test
    void parallelScoringGivesTheSameBitsAsOneThread() {
        Random random = new Random(21);
        var builder = new AccountTableBuilder();
        // Enough rows for many blocks, so the parallel run really splits the table.
        for (int i = 0; i < 60_000; i++) {
            String id = "P-" + i;
            builder.add(new Account(id, "Name " + i, null, null, null, null, null, null), null, randomKpis(random, id));
        }
        AccountTable table = builder.build();
        for (OnboardingConfig config : configs()) {
            var ctx = ScoringContext.of(CATALOG, config, HealthScaleResolver.resolve(config, TableScorer.maxHealthScore(table)).scale());
            TableScorer.Scores parallel = TableScorer.score(table, ctx, true, true);
            TableScorer.Scores sequential = TableScorer.score(table, ctx, false, true);
            TableScorer.Scores overallOnly = TableScorer.scoreOverall(table, ctx);
            assertArrayEquals(bits(sequential.overall()), bits(overallOnly.overall()));
            assertArrayEquals(bits(sequential.coverage()), bits(overallOnly.coverage()));
            assertArrayEquals(sequential.status(), overallOnly.status());
            assertNull(overallOnly.categories());
            assertArrayEquals(bits(sequential.overall()), bits(parallel.overall()));
            assertArrayEquals(bits(sequential.coverage()), bits(parallel.coverage()));
            assertArrayEquals(sequential.status(), parallel.status());
            for (int c = 0; c < sequential.categories().length; c++) {
                assertArrayEquals(bits(sequential.categories()[c]), bits(parallel.categories()[c]), "category " + c);
            }
            assertEquals(sequential.byStatus(), parallel.byStatus());
            assertEquals(table.size(), parallel.byStatus().values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    private static long[] bits(double[] values) {
        return java.util.Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @Test
    void anUnknownLabelWithAnUnknownValueIsRefusedAsHealthScorerRefusesIt() {
        KpiDefinition churn = CATALOG.get("churn_risk");
        AccountTable table = new AccountTableBuilder().add(new Account("X", null, null, null, null, null, null, null), null,
                List.of(record("X", churn, 9, "Maybe"))).build();
        var ctx = ScoringContext.of(CATALOG, OnboardingConfig.defaults(), org.csm.onboarding.model.HealthScale.ZERO_TO_TEN);
        assertThrows(IllegalArgumentException.class, () -> TableScorer.score(table, ctx));
    }

    private static List<OnboardingConfig> configs() {
        OnboardingConfig defaults = OnboardingConfig.defaults();
        Map<Category, Double> weights = new EnumMap<>(Category.class);
        weights.put(Category.PRODUCT_USAGE, 10.0);
        weights.put(Category.BUSINESS_OUTCOMES, 50.0);
        weights.put(Category.SUPPORT, 0.0);
        weights.put(Category.CUSTOMER_SENTIMENT, 30.0);
        weights.put(Category.RELATIONSHIP_STRENGTH, 10.0);
        var ranges = new java.util.LinkedHashMap<>(defaults.ranges());
        ranges.put("error_rate_pct", new ReferenceRange("error_rate_pct", org.csm.onboarding.model.Direction.LOWER_IS_BETTER, 3, 1));
        return List.of(defaults, defaults.withWeights(new Weights(weights)).withRanges(ranges));
    }

    private static List<KpiRecord> randomKpis(Random random, String id) {
        List<KpiRecord> records = new ArrayList<>();
        for (KpiDefinition def : CATALOG.kpis()) {
            if (random.nextInt(5) == 0) {
                continue; // missing
            }
            if (def.isText()) {
                var label = def.labels().get(random.nextInt(def.labels().size()));
                String spelled = switch (random.nextInt(4)) {
                    case 0 -> label.label().toUpperCase();
                    case 1 -> null; // the stored number decides
                    case 2 -> " " + label.label().toLowerCase() + " ";
                    default -> label.label();
                };
                records.add(record(id, def, label.storedValue(), spelled));
            } else {
                double value = switch (random.nextInt(10)) {
                    case 0 -> 0;
                    case 1 -> -random.nextDouble() * 1e6;
                    case 2 -> random.nextDouble() * 1e9;
                    case 3 -> Double.POSITIVE_INFINITY;
                    default -> random.nextGaussian() * 1000 + 500;
                };
                records.add(record(id, def, value, null));
            }
        }
        return records;
    }

    private static KpiRecord record(String id, KpiDefinition def, double value, String label) {
        return new KpiRecord(id, "Name", def.key(), def.name(), def.category(), def.impact(), def.frequency(), value, label);
    }
}
