package org.csm.onboarding.model;

import java.util.Arrays;
import java.util.Optional;

/// The fields the app understands. `key` is the seed's column name (the data-center export's
/// header), `templateHeader` the header of the app's own standard template.
public enum Field {
    CUSTOMER_ID("customer_id", "External Account ID", FieldType.TEXT, true),
    COMPANY_NAME("company_name", "Account Name", FieldType.TEXT, true),
    SIGNUP_DATE("signup_date", "Signup Date", FieldType.DATE, false),
    MONTHLY_SPEND("monthly_spend", "Monthly Spend", FieldType.NUMBER, false),
    CONTRACT_VALUE_ANNUAL("contract_value_annual", "Annual Contract Value", FieldType.NUMBER, false),
    CUSTOMER_SEGMENT("customer_segment", "Account Tier", FieldType.TEXT, false),
    CSM_ASSIGNED("csm_assigned", "Assigned CSM", FieldType.TEXT, false),
    DAILY_INVOCATIONS("daily_invocations", "Daily Invocations", FieldType.NUMBER, false),
    INVOCATIONS_30D("invocations_30d", "Monthly Invocations", FieldType.NUMBER, false),
    AVG_EXECUTION_TIME_SEC("avg_execution_time_sec", "Average Execution Time (sec)", FieldType.NUMBER, false),
    COLD_START_PCT("cold_start_pct", "Cold Start Percentage", FieldType.NUMBER, false),
    P95_LATENCY_MS("p95_latency_ms", "P95 Latency (ms)", FieldType.NUMBER, false),
    ERROR_RATE_PCT("error_rate_pct", "Error Rate", FieldType.NUMBER, false),
    INVOCATION_VELOCITY_CHANGE_PCT("invocation_velocity_change_pct", "Invocation Velocity Change", FieldType.NUMBER, false),
    DAYS_SINCE_LAST_INVOCATION("days_since_last_invocation", "Days Since Last Invocation", FieldType.NUMBER, false),
    HEALTH_SCORE("health_score", "Health Score", FieldType.NUMBER, false),
    CHURN_RISK("churn_risk", "Churn Risk", FieldType.LABEL, false),
    EXPANSION_POTENTIAL("expansion_potential", "Expansion Potential", FieldType.LABEL, false),
    INDUSTRY("industry", "Industry", FieldType.TEXT, false),
    USE_CASE("use_case", "Use Case", FieldType.TEXT, false),
    GPU_TYPE_PRIMARY("gpu_type_primary", "GPU Type", FieldType.TEXT, false),
    REGION("region", "Region", FieldType.TEXT, false),
    ACCOUNT_STATUS("account_status", "Account Status", FieldType.TEXT, false);

    private final String key;
    private final String templateHeader;
    private final FieldType type;
    private final boolean required;

    Field(String key, String templateHeader, FieldType type, boolean required) {
        this.key = key;
        this.templateHeader = templateHeader;
        this.type = type;
        this.required = required;
    }

    public String key() {
        return key;
    }

    public String templateHeader() {
        return templateHeader;
    }

    public FieldType type() {
        return type;
    }

    /// A file cannot be imported while a required field is unmapped.
    public boolean required() {
        return required;
    }

    /// True for the 21 columns of the data-center serverless export (region and status are the template's own).
    public boolean inServerlessExport() {
        return this != REGION && this != ACCOUNT_STATUS;
    }

    public static Optional<Field> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key.trim())).findFirst();
    }
}
