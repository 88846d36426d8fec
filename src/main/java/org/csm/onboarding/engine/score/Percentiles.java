package org.csm.onboarding.engine.score;

/// Percentiles the way pandas' default (`interpolation='linear'`) computes them, so the numbers
/// match what a CSM sees in a notebook or in data-facts.md.
public final class Percentiles {

    private Percentiles() {
    }

    /// The `p` quantile (0-1) of the first `n` entries of `sorted`, which must be in ascending order
    /// and n > 0: position (n - 1) x p, interpolated linearly between its neighbours.
    public static double linear(double[] sorted, int n, double p) {
        if (n <= 0 || n > sorted.length) {
            throw new IllegalArgumentException("Need 1 to " + sorted.length + " values, not " + n);
        }
        double position = (n - 1) * p;
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, n - 1);
        double fraction = position - lower;
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction;
    }
}
