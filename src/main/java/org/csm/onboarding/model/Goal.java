package org.csm.onboarding.model;

/// The business goals a CSM can pick in step 1.
public enum Goal {
    REDUCE_CHURN("reduce_churn", "Reduce churn"),
    DRIVE_ADOPTION("drive_adoption", "Drive product adoption"),
    IMPROVE_SATISFACTION("improve_satisfaction", "Improve customer satisfaction"),
    EXPAND_REVENUE("expand_revenue", "Expand revenue"),
    REDUCE_SUPPORT_COST("reduce_support_cost", "Reduce support costs");

    private final String code;
    private final String label;

    Goal(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
