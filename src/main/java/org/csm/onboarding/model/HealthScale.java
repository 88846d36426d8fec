package org.csm.onboarding.model;

/// The scale of the file's own health_score column. AUTO decides from the data (scoring.md:
/// any value above 10 means 0-100).
public enum HealthScale {
    AUTO, ZERO_TO_TEN, ZERO_TO_HUNDRED
}
