package org.csm.onboarding.engine.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeaderNormalizerTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Monthly Spend ($)        | monthly_spend",
            "Customer ID              | customer_id",
            "Cold Start %             | cold_start_pct",
            "cold_start_pct           | cold_start_pct",
            "Cold Start Pct (%)       | cold_start_pct",
            "p95 Latency (ms)         | p95_latency",
            "p95-latency [ms]         | p95_latency",
            "customerId               | customer_id",
            "companyName              | company_name",
            "invocations30d           | invocations30d",
            "Société                  | societe",
            "Dépense Mensuelle        | depense_mensuelle",
            "'  Error Rate %  '       | error_rate_pct",
            "R&D Budget               | r_and_d_budget",
            "Account #                | account_number",
            "CUSTOMER_ID              | customer_id",
            "'__health score__'       | health_score",
    })
    void normalizesHeadersAsPeopleWriteThem(String header, String expected) {
        assertEquals(expected, HeaderNormalizer.normalize(header));
    }

    @org.junit.jupiter.api.Test
    void nullAndBlankBecomeEmpty() {
        assertEquals("", HeaderNormalizer.normalize(null));
        assertEquals("", HeaderNormalizer.normalize("   "));
        assertEquals("", HeaderNormalizer.normalize("($)"));
    }
}
