package org.csm.onboarding.engine.mapping;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class HeaderSignatureTest {

    @Test
    void ignoresColumnOrder() {
        assertEquals(HeaderSignature.of(List.of("customer_id", "company_name", "monthly_spend")),
                HeaderSignature.of(List.of("monthly_spend", "customer_id", "company_name")));
    }

    @Test
    void ignoresCaseSurroundingSpaceAndBlankColumns() {
        assertEquals(HeaderSignature.of(List.of("Customer ID", "Company")),
                HeaderSignature.of(List.of("  company ", "", "CUSTOMER ID", "")));
    }

    @Test
    void differentHeadersGiveDifferentSignatures() {
        assertNotEquals(HeaderSignature.of(List.of("customer_id", "company_name")),
                HeaderSignature.of(List.of("customer_id", "company_name", "region")));
        assertNotEquals(HeaderSignature.of(List.of("a", "b")), HeaderSignature.of(List.of("ab")));
    }

    @Test
    void isAStableHexString() {
        String sig = HeaderSignature.of(List.of("customer_id"));
        assertEquals(32, sig.length());
        assertEquals(sig, HeaderSignature.of(List.of("customer_id")));
        org.junit.jupiter.api.Assertions.assertTrue(sig.matches("[0-9a-f]{32}"), sig);
    }
}
