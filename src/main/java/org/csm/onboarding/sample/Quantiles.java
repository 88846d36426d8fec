package org.csm.onboarding.sample;

/// The five published order statistics of a column (min, P25, median, P75, max), as pandas
/// `describe()` reports them: linear interpolation between the two nearest ranks.
record Quantiles(double min, double p25, double median, double p75, double max) {

    /// The values in published order, for tests and loops.
    double[] asArray() {
        return new double[] {min, p25, median, p75, max};
    }

    /// pandas' linear quantile of an ascending array: position (n - 1) * q, interpolated.
    static double linear(double[] sorted, double q) {
        double pos = (sorted.length - 1) * q;
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    /// The five statistics of an ascending array, computed the way the published ones were.
    static Quantiles of(double[] sorted) {
        return new Quantiles(sorted[0], linear(sorted, 0.25), linear(sorted, 0.5), linear(sorted, 0.75),
                sorted[sorted.length - 1]);
    }
}
