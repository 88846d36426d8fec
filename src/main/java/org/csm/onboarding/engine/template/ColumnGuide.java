package org.csm.onboarding.engine.template;

import java.time.LocalDate;
import org.csm.onboarding.model.Field;

/// What the standard template tells the user about one column: the expected value and unit,
/// an example, and the allowed labels when the set is closed. The header comment, the
/// Instructions sheet and the example row all read from here, so they cannot disagree.
///
/// @param field       the column
/// @param expected    the kind of value and its unit, e.g. "Number, percent (1.25 means 1.25 %)"
/// @param description what the value means, in a CSM's words
/// @param example     the example row's value: a String, a Number or a LocalDate
record ColumnGuide(Field field, String expected, String description, Object example) {

    static final String LABELS = "High, Medium or Low";

    /// The guide for every field, in enum order.
    static ColumnGuide of(Field field) {
        return switch (field) {
            case CUSTOMER_ID -> new ColumnGuide(field, "Text, unique per account",
                    "Your ID for the account (CRM or billing). Re-importing updates the account with the same ID.",
                    "EXAMPLE-001");
            case COMPANY_NAME -> new ColumnGuide(field, "Text", "The account's name as your team knows it.",
                    "Example Account (delete this row)");
            case SIGNUP_DATE -> new ColumnGuide(field, "Date (a date cell, not text)",
                    "The day the account signed up.", LocalDate.of(2024, 3, 15));
            case MONTHLY_SPEND -> new ColumnGuide(field, "Number, US dollars (no $ sign needed)",
                    "Average spend per month.", 4_250.00);
            case CONTRACT_VALUE_ANNUAL -> new ColumnGuide(field, "Number, US dollars per year",
                    "Annual contract value.", 51_000.00);
            case CUSTOMER_SEGMENT -> new ColumnGuide(field, "Text",
                    "Tier or segment, e.g. Production Service or Development/Testing.", "Production Service");
            case CSM_ASSIGNED -> new ColumnGuide(field, "Text", "The customer-success manager who owns the account.",
                    "Jane Doe");
            case DAILY_INVOCATIONS -> new ColumnGuide(field, "Whole number, calls per day",
                    "Average number of invocations per day.", 1_200);
            case INVOCATIONS_30D -> new ColumnGuide(field, "Whole number, calls in 30 days",
                    "Invocations over the last 30 days.", 36_000);
            case AVG_EXECUTION_TIME_SEC -> new ColumnGuide(field, "Number, seconds",
                    "Average execution time of one invocation.", 180.5);
            case COLD_START_PCT -> new ColumnGuide(field, "Number, percent (12.5 means 12.5 %)",
                    "Share of invocations that started cold.", 12.5);
            case P95_LATENCY_MS -> new ColumnGuide(field, "Number, milliseconds",
                    "95th-percentile latency: 95 % of invocations finish faster.", 185_000);
            case ERROR_RATE_PCT -> new ColumnGuide(field, "Number, percent (1.25 means 1.25 %)",
                    "Share of invocations that failed.", 1.25);
            case INVOCATION_VELOCITY_CHANGE_PCT -> new ColumnGuide(field, "Number, percent (negative when usage falls)",
                    "Change in invocations against the previous period.", -4.5);
            case DAYS_SINCE_LAST_INVOCATION -> new ColumnGuide(field, "Whole number, days (0 = today)",
                    "Days since the account's last invocation.", 2);
            case HEALTH_SCORE -> new ColumnGuide(field, "Number, 0-100 or 0-10",
                    "Your existing health score. The app detects which scale the file uses and tells you.", 72);
            case CHURN_RISK -> new ColumnGuide(field, LABELS, "Your team's judgement of the risk of losing the account.",
                    "Low");
            case EXPANSION_POTENTIAL -> new ColumnGuide(field, LABELS, "Your team's judgement of the room to grow.",
                    "Medium");
            case INDUSTRY -> new ColumnGuide(field, "Text", "Industry, e.g. Financial Services or Healthcare.",
                    "Technology");
            case USE_CASE -> new ColumnGuide(field, "Text", "Main use case, e.g. Model Inference or Fine-tuning.",
                    "Model Inference");
            case GPU_TYPE_PRIMARY -> new ColumnGuide(field, "Text", "Main GPU type, e.g. L4, A100 or H100.", "L4");
            case REGION -> new ColumnGuide(field, "Text", "Sales region, e.g. EMEA or North America.", "EMEA");
            case ACCOUNT_STATUS -> new ColumnGuide(field, "active or inactive",
                    "Leave blank for active: an account in the file is assumed active.", "active");
        };
    }

    /// "Required" or "Optional", as the Instructions sheet shows it.
    String requirement() {
        return field.required() ? "Required" : "Optional";
    }

    /// The text of the header cell's comment.
    String comment() {
        return requirement() + ". " + expected + ".\n" + description;
    }

    /// True for the High/Medium/Low columns, which get a drop-down list.
    boolean labelled() {
        return LABELS.equals(expected);
    }
}
