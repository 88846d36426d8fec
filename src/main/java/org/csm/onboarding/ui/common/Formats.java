package org.csm.onboarding.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/// Number formats for the screens: thresholds as typed (no trailing zeros), scores to two
/// decimals, money as whole units with grouping.
public final class Formats {

    private Formats() {
    }

    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static String score(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    public static String money(double value) {
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.US);
        return "$" + f.format(Math.round(value));
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
}
