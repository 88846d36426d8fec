package org.csm.onboarding.sample;

/// The numbers of one row when the sample is not the published 35: each column is drawn from
/// the distribution its 35 fitted values describe, so any N keeps the published shape (same
/// range, quantiles and mean in expectation) without holding rows in memory.
final class SampledMetrics {

    private SampledMetrics() {
    }

    static MetricSet draw(RowDice dice) {
        double[] base = new double[Metric.values().length];
        for (Metric m : Metric.values()) {
            double u = normalCdf(dice.score(m));
            base[m.ordinal()] = m.shape().round(quantile(m.sortedSample(), u));
        }
        return new MetricSet(base,
                MetricSet.p95For(base[Metric.AVG_EXECUTION_TIME_SEC.ordinal()], dice.p95Jitter()),
                MetricSet.contractFor(base[Metric.MONTHLY_SPEND.ordinal()], dice.contractJitter()));
    }

    /// Inverse of the empirical distribution with Hazen plotting positions ((i + 0.5) / n),
    /// linear in between and flat beyond the ends: each fitted value carries weight 1/n, so the
    /// expected mean is exactly the fitted mean.
    static double quantile(double[] sorted, double u) {
        double pos = Math.max(0, Math.min(sorted.length - 1, u * sorted.length - 0.5));
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    /// Standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7,
    /// far finer than any column's rounding).
    static double normalCdf(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * z);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1 - poly * Math.exp(-z * z);
        return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
    }
}
