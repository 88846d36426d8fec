package org.csm.onboarding.engine.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/// Formats thresholds for the user the way they typed them: 3 not 3.0, 0.5 not 5E-1.
final class Numbers {

    private Numbers() {
    }

    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /// `a` and `b` rounded to two significant digits (10.64 -> 11, 36,644.2 -> 37,000), or to as
    /// few more as keep them apart: a suggested threshold is one a person would have typed.
    static double[] roundApart(double a, double b) {
        for (int digits = 2; digits < 17; digits++) {
            double ra = significant(a, digits);
            double rb = significant(b, digits);
            if (ra != rb || a == b) {
                return new double[] {ra, rb};
            }
        }
        return new double[] {a, b};
    }

    static double significant(double value, int digits) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(Double.toString(value)).round(new MathContext(digits, RoundingMode.HALF_UP)).doubleValue();
    }
}
