package org.csm.onboarding.sample;

/// What data-facts.md publishes about one numeric column: its quantiles, its mean and the
/// number of decimals its values carry (so rounding never moves a published statistic).
record ColumnShape(Quantiles quantiles, double mean, int decimals) {

    static ColumnShape of(double min, double p25, double median, double p75, double max, double mean, int decimals) {
        return new ColumnShape(new Quantiles(min, p25, median, p75, max), mean, decimals);
    }

    /// 10^decimals: values are handled as whole multiples of one unit in the last decimal.
    long scale() {
        long s = 1;
        for (int i = 0; i < decimals; i++) {
            s *= 10;
        }
        return s;
    }

    double round(double value) {
        return Math.round(value * scale()) / (double) scale();
    }
}
