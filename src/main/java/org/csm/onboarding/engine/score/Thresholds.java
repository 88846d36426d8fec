package org.csm.onboarding.engine.score;

import java.math.BigDecimal;
import java.math.RoundingMode;

/// Rounds a suggested pair of thresholds to numbers a person would type (issue 7: "10.64..."
/// and "36644..." are read off a quartile, not chosen). The step is a tenth of the pair's
/// distance, rounded down to a power of ten, so the two stay apart by at least nine steps and
/// keep their order: P25 10.64 and P75 36.2 become 11 and 36; 36,644 and 120,000 become 37,000
/// and 120,000.
public final class Thresholds {

    private Thresholds() {
    }

    /// `critical` and `healthy` rounded on one common step; unchanged when they are equal.
    public static double[] rounded(double critical, double healthy) {
        double width = Math.abs(healthy - critical);
        if (!(width > 0) || !Double.isFinite(width)) {
            return new double[] {critical, healthy};
        }
        int exponent = (int) Math.floor(Math.log10(width)) - 1;
        return new double[] {round(critical, exponent), round(healthy, exponent)};
    }

    private static double round(double value, int exponent) {
        // BigDecimal so 0.1-steps give 0.3, not 0.30000000000000004.
        return new BigDecimal(value).setScale(-exponent, RoundingMode.HALF_UP).stripTrailingZeros().doubleValue();
    }
}
