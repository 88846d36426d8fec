package org.csm.onboarding.ui.onboarding.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.csm.onboarding.model.Field;
import org.csm.onboarding.service.ManualAccount;
import org.csm.onboarding.service.ManualAccounts;

/// The hand-entry form's state: Save waits for id and name, and each rule's finding lands
/// under its own field. No store is touched by validation, so none is opened.
class ManualAccountFormTest {

    private final ManualAccounts service = new ManualAccounts(null);

    @Test
    void saveIsPossibleOnlyOnceIdAndNameAreFilled() {
        ManualAccountForm form = new ManualAccountForm(service, null);
        assertFalse(form.canSave().get());
        form.field(Field.CUSTOMER_ID).set("M-1");
        assertFalse(form.canSave().get());
        form.field(Field.COMPANY_NAME).set("  ");
        assertFalse(form.canSave().get());
        form.field(Field.COMPANY_NAME).set("Acme");
        assertTrue(form.canSave().get());
    }

    @Test
    void eachFindingIsShownUnderItsFieldAndClearedOnceFixed() {
        ManualAccountForm form = new ManualAccountForm(service, null);
        form.field(Field.CUSTOMER_ID).set("M-1");
        form.field(Field.COMPANY_NAME).set("Acme");
        form.kpi("p95_latency_ms").set("fast");
        form.kpi("cold_start_pct").set("120");

        assertFalse(form.check());
        assertTrue(form.error("p95_latency_ms").get().contains("fast"));
        assertFalse(form.error("cold_start_pct").get().isEmpty());
        assertEquals("", form.error("company_name").get());

        form.kpi("p95_latency_ms").set("120000");
        form.kpi("cold_start_pct").set("12");
        assertTrue(form.check());
        assertEquals("", form.error("p95_latency_ms").get());
    }

    @Test
    void anEditStartsFromTheStoredValuesAndKeepsTheId() {
        ManualAccount stored = new ManualAccount("M-1", "Acme", "SMB", "Bo", "Retail", "", "Training", "H100",
                "2024-01-02", Map.of("churn_risk", "High", "daily_invocations", "40"));
        ManualAccountForm form = new ManualAccountForm(service, stored);

        assertTrue(form.editing());
        assertEquals("High", form.kpi("churn_risk").get());
        assertEquals("", form.kpi("monthly_spend").get());
        assertEquals(stored.kpis().get("daily_invocations"), form.input().kpi("daily_invocations"));
        assertEquals("Training", form.input().useCase());
    }
}
