package org.csm.onboarding.sample;

import java.time.LocalDate;
import org.csm.onboarding.model.Field;

/// One row of the `Customers` sheet, as the export holds it.
record CustomerRow(String customerId, String companyName, LocalDate signupDate, String customerSegment,
                   String csmAssigned, MetricSet metrics, String churnRisk, String expansionPotential,
                   String industry, String useCase, String gpuTypePrimary) {

    /// The churn label the export derives from the health score (data-facts.md).
    static String churnRiskFor(double healthScore) {
        if (healthScore < 20) {
            return "High";
        }
        return healthScore < 50 ? "Medium" : "Low";
    }

    /// The cell value of a column: a String, a LocalDate or a Number.
    Object value(Field field) {
        return switch (field) {
            case CUSTOMER_ID -> customerId;
            case COMPANY_NAME -> companyName;
            case SIGNUP_DATE -> signupDate;
            case MONTHLY_SPEND -> metrics.get(Metric.MONTHLY_SPEND);
            case CONTRACT_VALUE_ANNUAL -> metrics.contractValueAnnual();
            case CUSTOMER_SEGMENT -> customerSegment;
            case CSM_ASSIGNED -> csmAssigned;
            case DAILY_INVOCATIONS -> metrics.get(Metric.DAILY_INVOCATIONS);
            case INVOCATIONS_30D -> metrics.invocations30d();
            case AVG_EXECUTION_TIME_SEC -> metrics.get(Metric.AVG_EXECUTION_TIME_SEC);
            case COLD_START_PCT -> metrics.get(Metric.COLD_START_PCT);
            case P95_LATENCY_MS -> metrics.p95LatencyMs();
            case ERROR_RATE_PCT -> metrics.get(Metric.ERROR_RATE_PCT);
            case INVOCATION_VELOCITY_CHANGE_PCT -> metrics.get(Metric.INVOCATION_VELOCITY_CHANGE_PCT);
            case DAYS_SINCE_LAST_INVOCATION -> metrics.get(Metric.DAYS_SINCE_LAST_INVOCATION);
            case HEALTH_SCORE -> metrics.get(Metric.HEALTH_SCORE);
            case CHURN_RISK -> churnRisk;
            case EXPANSION_POTENTIAL -> expansionPotential;
            case INDUSTRY -> industry;
            case USE_CASE -> useCase;
            case GPU_TYPE_PRIMARY -> gpuTypePrimary;
            case REGION, ACCOUNT_STATUS -> throw new IllegalArgumentException(field + " is not a column of the export");
        };
    }
}
