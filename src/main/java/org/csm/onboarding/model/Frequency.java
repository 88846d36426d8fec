package org.csm.onboarding.model;

/// How often a KPI is measured, as the seed records it on each KPI record.
public enum Frequency {
    DAILY("Daily"), MONTHLY("Monthly"), QUARTERLY("Quarterly"), ANNUAL("Annual");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
