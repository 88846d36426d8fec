package org.csm.onboarding.sample;

import java.time.LocalDate;

/// The one customer row data-facts.md publishes in full. Its numbers are also the `published`
/// values of [Metric]; the text fields the facts leave open are chosen here once.
final class PublishedRow {

    static final String CUSTOMER_ID = "SRVL-3007";
    static final String COMPANY_NAME = "Elastic AI Corp";
    static final long INVOCATIONS_30D = 66_240;
    static final double P95_LATENCY_MS = 293_412;
    static final double CONTRACT_VALUE_ANNUAL = 237_480.95;
    static final String CHURN_RISK = "High";
    static final String EXPANSION_POTENTIAL = "Low";

    // Not published: plausible choices for an inference-heavy production customer.
    static final LocalDate SIGNUP_DATE = LocalDate.of(2022, 8, 15);
    static final String CUSTOMER_SEGMENT = "Production Service";
    static final String CSM_ASSIGNED = "Marcus Chen";
    static final String INDUSTRY = "Technology";
    static final String USE_CASE = "Model Inference";
    static final String GPU_TYPE_PRIMARY = "A100";

    /// Where the published row sits among `accounts` rows: its own place (SRVL-3007 is the
    /// seventh id) when there is room, otherwise last, so it is always present.
    static int index(int accounts) {
        return Math.min(6, accounts - 1);
    }

    private PublishedRow() {
    }
}
