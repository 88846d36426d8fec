package org.csm.onboarding.engine.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Suggested thresholds are rounded to what a person would type, on one step per pair (a tenth
/// of the pair's distance floored to a power of ten), so they never meet or swap.
class ThresholdsTest {

    @ParameterizedTest(name = "{0} / {1} -> {2} / {3}")
    @CsvSource({
            "10.64,      36.2,      11,     36",       // the "10.64..."
            "36644.3,    120000,    37000,  120000",   // and "36644..."
            "3.25,       7.75,      3.3,    7.8",
            "-67.7,      0,         -68,    0",
            "0.2134,     0.3517,    0.21,   0.35",
            "75.3,       10.2,      75,     10",       // lower is better: critical above healthy
            "101,        104,       101,    104",
            "5,          5,         5,      5"})       // equal quartiles are left alone (the suggester keeps the benchmark)
    void roundsBothOnOneStep(double critical, double healthy, double typedCritical, double typedHealthy) {
        assertArrayEquals(new double[] {typedCritical, typedHealthy}, Thresholds.rounded(critical, healthy));
    }
}
