package org.csm.onboarding.model;

/// An account's overall status; the JSON contract uses the lower-case codes.
public enum HealthStatus {
    HEALTHY("healthy"), AT_RISK("at_risk"), CRITICAL("critical"), INSUFFICIENT_DATA("insufficient_data");

    private final String code;

    HealthStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
