package org.csm.onboarding.model;

/// Stable codes for data issues; the JSON output and message bundles use the lower-case name.
public enum IssueCode {
    MISSING_ACCOUNT_NAME,
    MISSING_ACCOUNT_ID,
    DUPLICATE_ACCOUNT_ID,
    /// A row left out because its id is on another row and the CSM chose which row to keep.
    DUPLICATE_ROW_SKIPPED,
    REGION_MISSING,
    INVALID_NUMBER,
    INVALID_DATE,
    UNKNOWN_LABEL,
    MISSING_KPI_VALUE,
    NEGATIVE_VALUE,
    OUT_OF_RANGE,
    TEMPLATE_EXAMPLE_ROW,
    BLANK_ROWS_SKIPPED,
    HEALTH_SCALE_0_100,
    REQUIRED_FIELD_UNMAPPED,
    KPI_COLUMN_UNMAPPED,
    NO_DATA_ROWS,
    UNMAPPED_COLUMN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
