package org.csm.onboarding.model;

/// How much a KPI counts inside its category (scoring.md: Critical 3, High 2, Medium 1, Low 0.5).
public enum Impact {
    CRITICAL("Critical", 3.0),
    HIGH("High", 2.0),
    MEDIUM("Medium", 1.0),
    LOW("Low", 0.5);

    private final String label;
    private final double weight;

    Impact(String label, double weight) {
        this.label = label;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    public double weight() {
        return weight;
    }
}
