package org.csm.onboarding.sample;

/// The numeric values of one customer row: the drawn [Metric] columns plus the three derived
/// ones. The derivations are the export's own relations: 30-day invocations are exactly 30 x
/// daily; p95 latency is about 1000 x the mean execution time (a tail a little above the mean);
/// the annual contract is about 12 x the monthly spend (a few dollars off, as in the facts).
record MetricSet(double[] base, double p95LatencyMs, double contractValueAnnual) {

    static final Quantiles P95_LATENCY_MS = new Quantiles(86_021, 156_138, 235_327, 414_223, 589_210);
    static final Quantiles CONTRACT_VALUE_ANNUAL = new Quantiles(2_751, 16_631, 41_287, 156_551, 649_638);
    static final int INVOCATION_DAYS = 30;

    /// The published row's values.
    static MetricSet published() {
        double[] base = new double[Metric.values().length];
        for (Metric m : Metric.values()) {
            base[m.ordinal()] = m.published();
        }
        return new MetricSet(base, PublishedRow.P95_LATENCY_MS, PublishedRow.CONTRACT_VALUE_ANNUAL);
    }

    double get(Metric metric) {
        return base[metric.ordinal()];
    }

    long invocations30d() {
        return INVOCATION_DAYS * Math.round(get(Metric.DAILY_INVOCATIONS));
    }

    /// The p95 latency a mean execution time suggests: 0.9 % to 3.3 % above 1000 x, the spread the
    /// published quantiles show.
    static double p95For(double execSeconds, double jitter) {
        return Math.round(execSeconds * 1000 * (1.009 + 0.024 * jitter));
    }

    /// The annual contract a monthly spend suggests: 12 x, from 6 dollars under to 3 over.
    static double contractFor(double monthlySpend, double jitter) {
        return Math.round(monthlySpend * 1200 - 600 + 900 * jitter) / 100.0;
    }
}
