package org.csm.onboarding.engine.transform;

import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The shipped sample workbook, read end to end: the figures data-facts.md publishes.
class SampleWorkbookTransformTest {

    static final Path SAMPLE = Path.of("assets/samples/serverless_model_cs_platform.xlsx");

    static Transformed sample;

    @BeforeAll
    static void read() throws Exception {
        sample = Transformed.of(SAMPLE);
    }

    @Test
    void givesThirtyFiveAccountsAndThirteenKpisEach() {
        assertEquals("Customers", sample.preview().analysis().layout().sheet());
        assertEquals(1, sample.preview().analysis().layout().headerRow());
        assertEquals(35, sample.preview().dataRows());
        assertEquals(35, sample.preview().accounts());
        assertEquals(455, sample.preview().kpiRecords());
        assertEquals(0, sample.preview().errorCount());
        assertEquals(0, sample.preview().rowsInError());
        assertEquals(35, sample.rows().size());
        assertEquals(35, sample.rows().stream().map(r -> r.account().externalAccountId()).distinct().count());
    }

    @Test
    void warnsOnceThatRegionIsMissingAndTellsTheHealthScale() {
        DataIssue region = sample.single(IssueCode.REGION_MISSING);
        assertEquals(Severity.WARNING, region.severity());
        assertNull(region.row());
        DataIssue scale = sample.single(IssueCode.HEALTH_SCALE_0_100);
        assertEquals(Severity.INFO, scale.severity());
        assertEquals("health_score", scale.column());
        assertEquals(1, sample.preview().warningCount(), () -> "warnings: " + sample.preview().issues());
        assertEquals(2, sample.preview().issues().size(), () -> "issues: " + sample.preview().issues());
    }

    @Test
    void everyAccountGetsTheSeedsDefaults() {
        for (AccountRow r : sample.rows()) {
            assertEquals("Unknown", r.account().region());
            assertEquals("active", r.account().accountStatus());
            assertTrue(r.issues().isEmpty(), () -> r.sourceRow() + ": " + r.issues());
        }
    }

    @Test
    void srvl3007HasItsThirteenPublishedKpis() {
        AccountRow row = sample.row("SRVL-3007");
        assertEquals("Elastic AI Corp", row.account().accountName());
        assertEquals(237480.95, row.account().revenue(), 1e-6);
        assertEquals(13, row.kpis().size());
        assertEquals(13, new HashSet<>(row.kpis().stream().map(KpiRecord::kpiKey).toList()).size());
        for (KpiRecord k : row.kpis()) {
            assertEquals("SRVL-3007", k.externalAccountId());
            assertEquals("Elastic AI Corp", k.accountName());
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "daily_invocations, 2208, PRODUCT_USAGE",
            "invocations_30d, 66240, PRODUCT_USAGE",
            "invocation_velocity_change_pct, -67.7, PRODUCT_USAGE",
            "days_since_last_invocation, 29, PRODUCT_USAGE",
            "avg_execution_time_sec, 290.9, SUPPORT",
            "cold_start_pct, 21.0, SUPPORT",
            "p95_latency_ms, 293412, SUPPORT",
            "error_rate_pct, 13.45, SUPPORT",
            "monthly_spend, 19790.08, BUSINESS_OUTCOMES",
            "contract_value_annual, 237480.95, BUSINESS_OUTCOMES",
            "health_score, 4, CUSTOMER_SENTIMENT",
    })
    void srvl3007NumericKpi(String key, double value, Category category) {
        KpiRecord k = Transformed.kpi(sample.row("SRVL-3007"), key).orElseThrow();
        assertEquals(value, k.value(), 1e-9);
        assertEquals(category, k.category());
        assertNull(k.label());
    }

    @Test
    void srvl3007TextKpisStoreTheSeedsNumbers() {
        KpiRecord churn = Transformed.kpi(sample.row("SRVL-3007"), "churn_risk").orElseThrow();
        assertEquals("High", churn.label());
        assertEquals(1.0, churn.value());
        assertEquals(Category.CUSTOMER_SENTIMENT, churn.category());
        KpiRecord expansion = Transformed.kpi(sample.row("SRVL-3007"), "expansion_potential").orElseThrow();
        assertEquals("Low", expansion.label());
        assertEquals(1.0, expansion.value());
        assertEquals(Category.BUSINESS_OUTCOMES, expansion.category());
    }

    @Test
    void churnRiskFollowsHealthScoreInTheSample() {
        for (AccountRow r : sample.rows()) {
            double health = Transformed.kpi(r, "health_score").orElseThrow().value();
            String churn = Transformed.kpi(r, "churn_risk").orElseThrow().label();
            String expected = health < 20 ? "High" : health < 50 ? "Medium" : "Low";
            assertEquals(expected, churn, r.account().externalAccountId() + " health " + health);
        }
        List<Double> health = sample.rows().stream().map(r -> Transformed.kpi(r, "health_score").orElseThrow().value()).toList();
        assertEquals(4.0, health.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        assertEquals(71.0, health.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }
}
