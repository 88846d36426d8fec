package org.csm.onboarding.model;

/// Which way a KPI gets better. TEXT KPIs are scored by label, not by distance to a threshold.
public enum Direction {
    HIGHER_IS_BETTER("higher"), LOWER_IS_BETTER("lower"), TEXT("text");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
