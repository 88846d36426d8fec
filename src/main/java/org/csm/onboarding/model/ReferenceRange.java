package org.csm.onboarding.model;

/// A KPI's thresholds. Values strictly worse than `critical` are Critical, strictly better than
/// `healthy` are Healthy, and everything between (inclusive) is At Risk. For "lower is better"
/// healthy < critical. TEXT KPIs ignore the numbers and score by label band.
public record ReferenceRange(String kpiKey, Direction direction, double critical, double healthy) {

    /// Why the thresholds cannot work for the direction, or null when they can.
    public String problem() {
        if (direction == Direction.TEXT) {
            return null;
        }
        if (!Double.isFinite(critical) || !Double.isFinite(healthy)) {
            return "Thresholds must be numbers.";
        }
        if (critical == healthy) {
            return "Critical and Healthy thresholds must differ.";
        }
        if (direction == Direction.HIGHER_IS_BETTER && healthy < critical) {
            return "Higher is better, so the Healthy threshold must be above the Critical one.";
        }
        if (direction == Direction.LOWER_IS_BETTER && healthy > critical) {
            return "Lower is better, so the Healthy threshold must be below the Critical one.";
        }
        return null;
    }

    public ReferenceRange scaled(double factor) {
        return new ReferenceRange(kpiKey, direction, critical * factor, healthy * factor);
    }
}
