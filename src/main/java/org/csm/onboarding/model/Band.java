package org.csm.onboarding.model;

/// Where a KPI value falls against its reference range.
public enum Band {
    CRITICAL, AT_RISK, HEALTHY
}
