package org.csm.onboarding.ui.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/// The wizard shows numbers with grouping and units and times in the user's zone (issue 7's walk-through).
class FormatsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void kpiValuesCarryGroupingAndTheirUnit() {
        assertEquals("$10,385.35", Formats.kpiValue("monthly_spend", 10385.35));
        assertEquals("$237,480.95", Formats.kpiValue("contract_value_annual", 237480.95));
        assertEquals("-$5", Formats.kpiValue("monthly_spend", -5));
        assertEquals("21%", Formats.kpiValue("cold_start_pct", 21.0));
        assertEquals("293,412 ms", Formats.kpiValue("p95_latency_ms", 293412));
        assertEquals("290.9 s", Formats.kpiValue("avg_execution_time_sec", 290.9));
        assertEquals("66,240", Formats.kpiValue("invocations_30d", 66240));
    }

    @Test
    void thresholdsAreGroupedButNeverRoundedAndLoseFloatingPointNoise() {
        assertEquals("500,000", Formats.threshold(500000));
        assertEquals("0.25", Formats.threshold(0.25));
        assertEquals("-50", Formats.threshold(-50));
        assertEquals("1,234.5678", Formats.threshold(1234.5678));
        assertEquals("3.9", Formats.plain(39 * 0.1));
        assertEquals("39", Formats.threshold(3.9000000000000004 * 10));
    }

    @Test
    void timesAreLocalAndSayTodayOrTheDate() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        // 13:05 UTC is 14:05 in Berlin in November.
        assertEquals("Today 14:05", Formats.when(Instant.parse("2026-11-20T13:05:00Z"), BERLIN, today));
        assertEquals("Yesterday 23:30", Formats.when(Instant.parse("2026-11-19T22:30:00Z"), BERLIN, today));
        assertEquals("3 Nov 2026 09:12", Formats.when(Instant.parse("2026-11-03T08:12:00Z"), BERLIN, today));
    }
}
