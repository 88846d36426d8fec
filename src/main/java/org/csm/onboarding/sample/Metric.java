package org.csm.onboarding.sample;

/// The independently drawn numeric columns of the export, with what data-facts.md publishes
/// about each and how it leans on a customer's hidden traits. invocations_30d, p95_latency_ms
/// and contract_value_annual are not here: they are derived (see [MetricSet]).
///
/// `driver` and `correlation` give the sample believable structure: healthy customers have
/// higher health scores, fewer errors and recent activity; big customers spend and invoke more.
/// A negative correlation means "lower is better" for that column.
enum Metric {
    DAILY_INVOCATIONS(ColumnShape.of(150, 956, 3_616, 32_551, 178_356, 26_256, 0), Driver.SIZE, 0.85, 2_208),
    AVG_EXECUTION_TIME_SEC(ColumnShape.of(83.3, 152.4, 229.3, 407.9, 583.8, 276.6, 1), Driver.QUALITY, -0.3, 290.9),
    COLD_START_PCT(ColumnShape.of(9.5, 21.5, 47.8, 60.7, 77.6, 42.2, 1), Driver.QUALITY, -0.4, 21.0),
    ERROR_RATE_PCT(ColumnShape.of(0.13, 0.64, 1.21, 2.03, 13.45, 2.52, 2), Driver.QUALITY, -0.5, 13.45),
    MONTHLY_SPEND(ColumnShape.of(229, 1_386, 3_441, 13_046, 54_137, 10_200, 2), Driver.SIZE, 0.8, 19_790.08),
    INVOCATION_VELOCITY_CHANGE_PCT(ColumnShape.of(-70.3, -15.2, 11.1, 30.0, 49.9, 3.0, 1), Driver.QUALITY, 0.6, -67.7),
    DAYS_SINCE_LAST_INVOCATION(ColumnShape.of(0, 1, 3, 8, 29, 5.9, 0), Driver.QUALITY, -0.6, 29),
    HEALTH_SCORE(ColumnShape.of(4, 39, 58, 65, 71, 49.2, 0), Driver.QUALITY, 0.9, 4);

    /// The hidden trait a column follows.
    enum Driver { QUALITY, SIZE }

    private final ColumnShape shape;
    private final Driver driver;
    private final double correlation;
    private final double published;

    Metric(ColumnShape shape, Driver driver, double correlation, double published) {
        this.shape = shape;
        this.driver = driver;
        this.correlation = correlation;
        this.published = published;
    }

    ColumnShape shape() {
        return shape;
    }

    Driver driver() {
        return driver;
    }

    double correlation() {
        return correlation;
    }

    /// The value of the published row (SRVL-3007) in this column.
    double published() {
        return published;
    }

    /// The 35 ascending values of the sample; computed once, they are the column's shape for any N.
    double[] sortedSample() {
        return Cache.SORTED[ordinal()];
    }

    /// Holder so the fits run once, after the enum constants exist.
    private static final class Cache {
        private static final double[][] SORTED = new double[values().length][];

        static {
            for (Metric m : values()) {
                SORTED[m.ordinal()] = QuantileFit.sortedValues(m.shape, m.published);
            }
        }
    }
}
