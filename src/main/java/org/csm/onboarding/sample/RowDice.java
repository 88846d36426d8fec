package org.csm.onboarding.sample;

import java.util.Random;

/// Every random draw one customer row needs, taken in a fixed order from a generator seeded by
/// the row's index, so a row never depends on how many rows come before or after it.
/// `java.util.Random` is used on purpose: its algorithm is specified, so every JDK produces the
/// same sample.
///
/// `quality` and `size` are the hidden traits [Metric] columns follow; `noise` holds one
/// independent gaussian per metric; the `pick` fields are uniform in [0, 1).
record RowDice(double quality, double size, double[] noise, double p95Jitter, double contractJitter,
               int signupDay, double segmentNoise, double csmPick, double industryPick, double useCasePick,
               double gpuPick, double expansionNoise) {

    private static final long SEED = 0x5EED_3007L;
    /// Odd 64-bit constant (golden ratio) that spreads consecutive indices over the seed space.
    private static final long MIX = 0x9E37_79B9_7F4A_7C15L;
    /// Signup dates fall on the 1,450 days from this date (about four years).
    static final int SIGNUP_SPAN_DAYS = 1_450;

    static RowDice roll(int index) {
        Random r = new Random(SEED + index * MIX);
        double quality = r.nextGaussian();
        double size = r.nextGaussian();
        double[] noise = new double[Metric.values().length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = r.nextGaussian();
        }
        return new RowDice(quality, size, noise, r.nextDouble(), r.nextDouble(), r.nextInt(SIGNUP_SPAN_DAYS),
                r.nextGaussian(), r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextGaussian());
    }

    /// The trait a metric follows, mixed with the metric's own noise at its correlation:
    /// a standard normal score whose correlation with the trait is `metric.correlation()`.
    double score(Metric metric) {
        double trait = metric.driver() == Metric.Driver.QUALITY ? quality : size;
        double rho = metric.correlation();
        return rho * trait + Math.sqrt(1 - rho * rho) * noise[metric.ordinal()];
    }
}
