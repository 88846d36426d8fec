package org.csm.onboarding.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The 35-row sample against data-facts.md: shape, the published row, every published
/// statistic, the relations between columns, and determinism.
class SampleWorkbookGeneratorTest {

    /// Float noise only: the statistics are exact decimals, compared after double arithmetic.
    private static final double EXACT = 1e-9;

    @TempDir
    static Path dir;
    private static GeneratedWorkbook sample;

    @BeforeAll
    static void generate() throws IOException {
        sample = GeneratedWorkbook.generate(dir, SampleWorkbookGenerator.FILE_NAME, 35);
    }

    @AfterAll
    static void close() throws IOException {
        sample.close();
    }

    @Test
    void hasDashboardOf18RowsThenCustomersOf36Rows() {
        assertEquals(List.of("Dashboard", "Customers"),
                List.of(sample.workbook.getSheetName(0), sample.workbook.getSheetName(1)));
        assertEquals(18, sample.workbook.getSheet("Dashboard").getPhysicalNumberOfRows());
        assertEquals(36, sample.customers.getPhysicalNumberOfRows());
        for (Row row : sample.customers) {
            assertEquals(21, row.getPhysicalNumberOfCells(), "cells in row " + (row.getRowNum() + 1));
        }
    }

    @Test
    void sheetsDeclareTheirUsedRange() {
        // Streaming readers (and openpyxl's read-only mode) size the sheet from <dimension>.
        assertEquals("A1:B18", sample.workbook.getSheet("Dashboard").getCTWorksheet().getDimension().getRef());
        assertEquals("A1:U36", sample.workbook.getSheet("Customers").getCTWorksheet().getDimension().getRef());
    }

    @Test
    void customerColumnsAreInTheExportsOrder() {
        assertEquals(List.of("customer_id", "company_name", "signup_date", "monthly_spend", "contract_value_annual",
                "customer_segment", "csm_assigned", "daily_invocations", "invocations_30d", "avg_execution_time_sec",
                "cold_start_pct", "p95_latency_ms", "error_rate_pct", "invocation_velocity_change_pct",
                "days_since_last_invocation", "health_score", "churn_risk", "expansion_potential", "industry",
                "use_case", "gpu_type_primary"), sample.headers);
    }

    @Test
    void publishedRowHasThePublishedValues() {
        List<String> ids = sample.texts("customer_id");
        assertEquals(1, ids.stream().filter("SRVL-3007"::equals).count());
        int r = sample.rowOf("SRVL-3007");
        assertAll(
                () -> assertEquals("Elastic AI Corp", sample.text(r, "company_name")),
                () -> assertEquals(2_208, sample.number(r, "daily_invocations")),
                () -> assertEquals(66_240, sample.number(r, "invocations_30d")),
                () -> assertEquals(-67.7, sample.number(r, "invocation_velocity_change_pct")),
                () -> assertEquals(29, sample.number(r, "days_since_last_invocation")),
                () -> assertEquals(290.9, sample.number(r, "avg_execution_time_sec")),
                () -> assertEquals(21.0, sample.number(r, "cold_start_pct")),
                () -> assertEquals(293_412, sample.number(r, "p95_latency_ms")),
                () -> assertEquals(13.45, sample.number(r, "error_rate_pct")),
                () -> assertEquals(19_790.08, sample.number(r, "monthly_spend")),
                () -> assertEquals(237_480.95, sample.number(r, "contract_value_annual")),
                () -> assertEquals(4, sample.number(r, "health_score")),
                () -> assertEquals("High", sample.text(r, "churn_risk")),
                () -> assertEquals("Low", sample.text(r, "expansion_potential")));
    }

    /// min / P25 / median / P75 / max exact (pandas linear quantiles: with 35 values P25 is the
    /// mean of 0-based ranks 8 and 9, the median rank 17, P75 the mean of ranks 25 and 26);
    /// the mean exact to the published precision (half a unit of its last digit). p95 and
    /// contract have no published mean (blank).
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "daily_invocations,              150,    956,    3616,   32551,  178356,  26256, 0.5",
            "invocations_30d,                4500,   28680,  108480, 976530, 5350680, ,",
            "avg_execution_time_sec,         83.3,   152.4,  229.3,  407.9,  583.8,   276.6, 0.05",
            "cold_start_pct,                 9.5,    21.5,   47.8,   60.7,   77.6,    42.2,  0.05",
            "p95_latency_ms,                 86021,  156138, 235327, 414223, 589210,  ,",
            "error_rate_pct,                 0.13,   0.64,   1.21,   2.03,   13.45,   2.52,  0.005",
            "monthly_spend,                  229,    1386,   3441,   13046,  54137,   10200, 0.5",
            "contract_value_annual,          2751,   16631,  41287,  156551, 649638,  ,",
            "invocation_velocity_change_pct, -70.3,  -15.2,  11.1,   30.0,   49.9,    3.0,   0.05",
            "days_since_last_invocation,     0,      1,      3,      8,      29,      5.9,   0.05",
            "health_score,                   4,      39,     58,     65,     71,      49.2,  0.05"})
    void columnMatchesPublishedStatistics(String column, double min, double p25, double median, double p75,
                                          double max, Double mean, Double meanTolerance) {
        double[] v = sample.column(column);
        Arrays.sort(v);
        assertAll(
                () -> assertEquals(min, v[0], EXACT, "min"),
                () -> assertEquals(p25, (v[8] + v[9]) / 2, EXACT, "P25"),
                () -> assertEquals(median, v[17], EXACT, "median"),
                () -> assertEquals(p75, (v[25] + v[26]) / 2, EXACT, "P75"),
                () -> assertEquals(max, v[34], EXACT, "max"),
                () -> {
                    if (mean != null) {
                        assertEquals(mean, Arrays.stream(v).average().orElseThrow(), meanTolerance, "mean");
                    }
                });
    }

    @Test
    void derivedColumnsFollowTheirBaseColumns() {
        for (int r = 0; r < sample.customerCount(); r++) {
            double daily = sample.number(r, "daily_invocations");
            assertEquals(30 * daily, sample.number(r, "invocations_30d"), "row " + r);
            assertEquals(Math.rint(daily), daily, "daily invocations are whole");
            double ratio = sample.number(r, "p95_latency_ms") / (1000 * sample.number(r, "avg_execution_time_sec"));
            assertTrue(ratio >= 1.005 && ratio <= 1.035, "p95 / (1000 x exec) = " + ratio + " in row " + r);
            double gap = sample.number(r, "contract_value_annual") - 12 * sample.number(r, "monthly_spend");
            assertTrue(Math.abs(gap) <= 6.01, "contract - 12 x spend = " + gap + " in row " + r);
        }
    }

    @Test
    void churnRiskFollowsHealthScore() {
        for (int r = 0; r < sample.customerCount(); r++) {
            double health = sample.number(r, "health_score");
            String expected = health < 20 ? "High" : health < 50 ? "Medium" : "Low";
            assertEquals(expected, sample.text(r, "churn_risk"), "health " + health);
        }
    }

    @Test
    void labelsComeFromTheirClosedSets() {
        assertTrue(Set.of("High", "Medium", "Low").containsAll(sample.texts("expansion_potential")));
        assertTrue(Set.of("Production Service", "Development/Testing").containsAll(sample.texts("customer_segment")));
        for (String column : List.of("csm_assigned", "industry", "use_case", "gpu_type_primary")) {
            assertTrue(sample.texts(column).stream().noneMatch(String::isBlank), column);
        }
        assertEquals(35, new HashSet<>(sample.texts("customer_id")).size());
        assertEquals(35, new HashSet<>(sample.texts("company_name")).size());
        assertTrue(sample.texts("customer_id").stream().allMatch(id -> id.matches("SRVL-\\d{4,}")));
    }

    @Test
    void signupDatesAreDateCells() {
        for (int r = 0; r < sample.customerCount(); r++) {
            var cell = sample.cell(r, "signup_date");
            assertTrue(DateUtil.isCellDateFormatted(cell), "row " + r);
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            assertTrue(date.getYear() >= 2021 && date.getYear() <= 2024, date.toString());
        }
    }

    @Test
    void dashboardSummarisesTheCustomers() {
        Map<String, Double> metrics = dashboard(sample.workbook.getSheet("Dashboard"));
        Map<String, Long> churn = sample.texts("churn_risk").stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertAll(
                () -> assertEquals(35, metrics.get("Total customers")),
                () -> assertEquals(10_200, metrics.get("Average monthly spend ($)"), EXACT),
                () -> assertEquals(357_000, metrics.get("Total monthly spend ($)"), EXACT),
                () -> assertEquals(49.2, metrics.get("Average health score"), EXACT),
                () -> assertEquals(churn.get("High"), metrics.get("Churn risk: High").longValue()),
                () -> assertEquals(churn.get("Medium"), metrics.get("Churn risk: Medium").longValue()),
                () -> assertEquals(churn.get("Low"), metrics.get("Churn risk: Low").longValue()),
                () -> assertEquals(35, metrics.get("Production Service customers")
                        + metrics.get("Development/Testing customers")),
                () -> assertEquals(Arrays.stream(sample.column("invocations_30d")).sum(),
                        metrics.get("Total invocations (30 days)")));
    }

    @Test
    void twoRunsGiveIdenticalFiles() throws IOException {
        try (GeneratedWorkbook again = GeneratedWorkbook.generate(dir, "again.xlsx", 35)) {
            assertEquals(sample.allCells(), again.allCells());
        }
        assertEquals(-1, Files.mismatch(dir.resolve(SampleWorkbookGenerator.FILE_NAME), dir.resolve("again.xlsx")),
                "byte-identical");
    }

    @Test
    void shippedSampleIsWhatTheGeneratorWrites() throws IOException {
        // Surefire runs in the project directory; a stale asset means the generator changed.
        Path shipped = Path.of("assets", "samples", SampleWorkbookGenerator.FILE_NAME);
        assertTrue(Files.exists(shipped), "missing " + shipped);
        assertEquals(-1, Files.mismatch(shipped, dir.resolve(SampleWorkbookGenerator.FILE_NAME)),
                "stale " + shipped + ": regenerate it with SampleWorkbookGenerator " + shipped);
    }

    @Test
    void columnsAreNotAllInTheSameOrder() {
        // Each column is dealt by its own score, so sorting by one column does not sort the rest.
        assertNotEquals(rankOrder(sample.column("health_score")), rankOrder(sample.column("monthly_spend")));
    }

    private static List<Integer> rankOrder(double[] values) {
        return IntStream.range(0, values.length).boxed()
                .sorted((a, b) -> Double.compare(values[a], values[b])).toList();
    }

    static Map<String, Double> dashboard(Sheet sheet) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                metrics.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
            }
        }
        return metrics;
    }
}
