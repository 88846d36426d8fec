package org.csm.onboarding.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Samples of other sizes: the streamed path keeps ids and names unique, keeps the published
/// row, and keeps the published shape.
class AnySizeSampleTest {

    @TempDir
    Path dir;

    @Test
    void twoThousandRowsHaveUniqueIdsAndKeepThePublishedRow() throws IOException {
        try (GeneratedWorkbook wb = GeneratedWorkbook.generate(dir, "large.xlsx", 2_000)) {
            assertEquals(2_000, wb.customerCount());
            assertEquals(18, wb.workbook.getSheet("Dashboard").getPhysicalNumberOfRows());
            assertEquals(2_000, new HashSet<>(wb.texts("customer_id")).size());
            assertEquals(2_000, new HashSet<>(wb.texts("company_name")).size());
            int r = wb.rowOf("SRVL-3007");
            assertEquals("Elastic AI Corp", wb.text(r, "company_name"));
            assertEquals(293_412, wb.number(r, "p95_latency_ms"));
            assertEquals(4, wb.number(r, "health_score"));
            for (int i = 0; i < wb.customerCount(); i++) {
                assertEquals(30 * wb.number(i, "daily_invocations"), wb.number(i, "invocations_30d"));
                double health = wb.number(i, "health_score");
                assertEquals(health < 20 ? "High" : health < 50 ? "Medium" : "Low", wb.text(i, "churn_risk"));
            }
            assertEquals(2_000, SampleWorkbookGeneratorTest.dashboard(wb.workbook.getSheet("Dashboard"))
                    .get("Total customers"));
        }
    }

    /// Drawn values stay inside the published range, and medians and means land near the
    /// published ones (sampling noise with 2,000 rows is a few percent).
    @Test
    void twoThousandRowsKeepThePublishedShape() throws IOException {
        try (GeneratedWorkbook wb = GeneratedWorkbook.generate(dir, "shape.xlsx", 2_000)) {
            for (Metric m : Metric.values()) {
                String column = m.name().toLowerCase(Locale.ROOT);
                double[] v = wb.column(column);
                Arrays.sort(v);
                Quantiles published = m.shape().quantiles();
                double range = published.max() - published.min();
                assertEquals(published.min(), v[0], 1e-9, column + " min");
                assertEquals(published.max(), v[v.length - 1], 1e-9, column + " max");
                assertEquals(published.median(), v[v.length / 2], 0.05 * range, column + " median");
                assertEquals(m.shape().mean(), Arrays.stream(v).average().orElseThrow(), 0.05 * range,
                        column + " mean");
            }
        }
    }

    @Test
    void tinySamplesStillHoldThePublishedRow() throws IOException {
        try (GeneratedWorkbook wb = GeneratedWorkbook.generate(dir, "tiny.xlsx", 3)) {
            assertEquals(List.of("SRVL-3001", "SRVL-3002", "SRVL-3007"), wb.texts("customer_id"));
        }
        assertThrows(IllegalArgumentException.class, () -> SampleWorkbookGenerator.write(dir.resolve("none.xlsx"), 0));
    }

    @Test
    void companyNamesStayUniqueBeyondEveryWordCombination() {
        Set<String> names = new HashSet<>();
        int count = 130_000;
        for (int i = 0; i < count; i++) {
            names.add(Vocabulary.companyName(i));
        }
        assertEquals(count, names.size());
    }
}
