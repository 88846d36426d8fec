package org.csm.onboarding.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/// Number formats for the screens: thresholds as typed (no trailing zeros), scores to two
/// decimals, money as whole units with grouping.
public final class Formats {

    private Formats() {
    }

    /// A threshold as a person types it: 3.9 rather than the 3.9000000000000004 a rescaling leaves.
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }

    public static String score(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    public static String money(double value) {
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.US);
        return "$" + f.format(Math.round(value));
    }

    /// A count with thousands grouped: 100,000.
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    /// A measure as read from the file, with grouping and at most two decimals ("10,385.35").
    public static String grouped(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /// A KPI value as the CSM reads it, with grouping and its unit: "$10,385.35", "21%", "293,412 ms".
    /// Units follow the catalogue's column names (the KPI key says what the file measures).
    public static String kpiValue(String kpiKey, double value) {
        String number = grouped(value);
        if (kpiKey.equals("monthly_spend") || kpiKey.equals("contract_value_annual")) {
            return (value < 0 ? "-$" + number.substring(1) : "$" + number);
        }
        if (kpiKey.endsWith("_pct")) {
            return number + "%";
        }
        if (kpiKey.endsWith("_ms")) {
            return number + " ms";
        }
        if (kpiKey.endsWith("_sec")) {
            return number + " s";
        }
        return number;
    }

    /// A threshold as shown in an editable cell: grouped, never rounded ("500,000", "0.25").
    public static String threshold(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMaximumFractionDigits(340);
        return f.format(new BigDecimal(plain(value)));
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final java.time.format.DateTimeFormatter DAY_TIME =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /// A moment in the user's own time zone: "Today 14:05", "Yesterday 09:12", "3 Nov 2026 09:12".
    public static String when(java.time.Instant instant, java.time.ZoneId zone, java.time.LocalDate today) {
        var local = instant.atZone(zone);
        if (local.toLocalDate().equals(today)) {
            return "Today " + TIME.format(local);
        }
        if (local.toLocalDate().equals(today.minusDays(1))) {
            return "Yesterday " + TIME.format(local);
        }
        return DAY_TIME.format(local);
    }

    public static String when(java.time.Instant instant) {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        return when(instant, zone, java.time.LocalDate.now(zone));
    }
}
