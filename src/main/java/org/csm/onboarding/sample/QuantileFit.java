package org.csm.onboarding.sample;

/// Builds the 35 sorted values of one column so that pandas' min / P25 / median / P75 / max are
/// exactly the published ones and the mean matches to the published precision.
///
/// With 35 values pandas' linear quantiles sit at 0-based ranks 8.5, 17 and 25.5, so the ranks
/// 0, 8, 9, 17, 25, 26 and 34 are pinned (8 and 9 straddle P25 symmetrically, likewise 25 and
/// 26 for P75). The ranks in between follow a power curve whose exponent is solved by bisection
/// to hit the mean: a single knob keeps every gap ascending and the whole column smooth. The
/// published row's value, when it is not already an anchor, is pinned at its natural rank.
final class QuantileFit {

    /// The number of customers the published statistics describe.
    static final int SAMPLE_SIZE = 35;

    private static final int LAST = SAMPLE_SIZE - 1;
    private static final int LOW_PAIR = 8;
    private static final int MEDIAN = 17;
    private static final int HIGH_PAIR = 25;
    /// A straddling pair sits this fraction of the average rank spacing either side of its quantile.
    private static final double PAIR_SPREAD = 0.5;

    private final ColumnShape shape;
    private final long[] units = new long[SAMPLE_SIZE];
    private final boolean[] fixed = new boolean[SAMPLE_SIZE];

    private QuantileFit(ColumnShape shape) {
        this.shape = shape;
    }

    /// The ascending values of a column; `pinned` (the published row's value) is among them.
    static double[] sortedValues(ColumnShape shape, double pinned) {
        return new QuantileFit(shape).fit(pinned);
    }

    /// The rank `value` holds in `sorted` (the first match), or -1.
    static int rankOf(double[] sorted, double value) {
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private double[] fit(double pinned) {
        Quantiles q = shape.quantiles();
        long p = toUnits(pinned);
        pin(0, toUnits(q.min()));
        pin(MEDIAN, toUnits(q.median()));
        pin(LAST, toUnits(q.max()));
        pinPair(LOW_PAIR, q.p25(), q.p25() - q.min(), q.median() - q.p25(), p);
        pinPair(HIGH_PAIR, q.p75(), q.p75() - q.median(), q.max() - q.p75(), p);
        if (rankOfUnits(p) < 0) {
            pinInGap(p);
        }
        double target = shape.mean() * SAMPLE_SIZE * shape.scale();
        fill(solveExponent(target));
        nudgeToSum(Math.round(target));
        double[] values = new double[SAMPLE_SIZE];
        for (int i = 0; i < SAMPLE_SIZE; i++) {
            values[i] = units[i] / (double) shape.scale();
        }
        return values;
    }

    private long toUnits(double value) {
        return Math.round(value * shape.scale());
    }

    private void pin(int rank, long value) {
        units[rank] = value;
        fixed[rank] = true;
    }

    /// Pins ranks `first` and `first + 1` so their average is exactly `quantile`. When the
    /// published value falls inside the pair it becomes one of the two, since no rank is free
    /// between them.
    private void pinPair(int first, double quantile, double gapBelow, double gapAbove, long pinned) {
        long twice = toUnits(2 * quantile);
        long spread = Math.round(PAIR_SPREAD * Math.min(gapBelow, gapAbove) / LOW_PAIR * shape.scale());
        long lower = twice / 2 - spread;
        if (Math.abs(2 * pinned - twice) <= 2 * spread) {
            lower = Math.min(pinned, twice - pinned);
        }
        pin(first, lower);
        pin(first + 1, twice - lower);
    }

    private int rankOfUnits(long value) {
        for (int i = 0; i < SAMPLE_SIZE; i++) {
            if (fixed[i] && units[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /// Places the published value at the rank its position between two anchors suggests.
    private void pinInGap(long value) {
        int a = 0;
        for (int b = 1; b < SAMPLE_SIZE; b++) {
            if (!fixed[b]) {
                continue;
            }
            if (units[a] < value && value < units[b] && b - a >= 2) {
                double share = (value - units[a]) / (double) (units[b] - units[a]);
                int offset = (int) Math.max(1, Math.min(b - a - 1, Math.round(share * (b - a))));
                pin(a + offset, value);
                return;
            }
            a = b;
        }
        throw new IllegalStateException("No free rank for the published value " + value + " units");
    }

    /// The curve exponent whose filled column sums to `target`: larger exponents bend each gap
    /// towards its lower anchor, so the sum falls as the exponent grows.
    private double solveExponent(double target) {
        double lo = 0.02;
        double hi = 50;
        for (int i = 0; i < 80; i++) {
            double mid = Math.sqrt(lo * hi);
            if (fill(mid) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.sqrt(lo * hi);
    }

    /// Fills every free rank on the curve `a + (b - a) * t^exponent` between its anchors and
    /// returns the unrounded sum.
    private double fill(double exponent) {
        double sum = 0;
        int a = 0;
        for (int b = 1; b < SAMPLE_SIZE; b++) {
            if (!fixed[b]) {
                continue;
            }
            for (int k = a + 1; k < b; k++) {
                double t = (k - a) / (double) (b - a);
                double v = units[a] + (units[b] - units[a]) * Math.pow(t, exponent);
                units[k] = Math.round(v);
                sum += v;
            }
            sum += units[b];
            a = b;
        }
        return sum + units[0];
    }

    /// Rounding leaves the sum a few units off; move free ranks one unit at a time (never past
    /// a neighbour) until the mean is exact to the column's precision.
    private void nudgeToSum(long target) {
        long residual = target;
        for (long u : units) {
            residual -= u;
        }
        boolean moved = true;
        while (residual != 0 && moved) {
            moved = false;
            for (int i = LAST - 1; i > 0 && residual != 0; i--) {
                if (fixed[i]) {
                    continue;
                }
                if (residual > 0 && units[i] + 1 <= units[i + 1]) {
                    units[i]++;
                    residual--;
                    moved = true;
                } else if (residual < 0 && units[i] - 1 >= units[i - 1]) {
                    units[i]--;
                    residual++;
                    moved = true;
                }
            }
        }
    }
}
