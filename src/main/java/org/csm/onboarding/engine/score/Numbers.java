package org.csm.onboarding.engine.score;

import java.math.BigDecimal;

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
}
