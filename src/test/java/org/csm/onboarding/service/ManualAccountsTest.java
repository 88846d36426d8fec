package org.csm.onboarding.service;

import org.csm.onboarding.testdb.OnBothDatabases;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.store.ImportRecord;
import org.csm.onboarding.store.Store;

/// Option C: an account added or edited by hand is validated like a file row, stored as its own
/// import, scored at once, and undone like any import.
@OnBothDatabases
class ManualAccountsTest {

    @Parameter
    TestDatabase database;

    private static final String WS = "acme";

    @TempDir
    Path dir;
    private Store store;
    private ManualAccounts manual;
    private WorkspaceService workspaces;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(database.fresh(dir, "manual_accounts"));
        manual = new ManualAccounts(store);
        workspaces = new WorkspaceService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ManualAccount account(String id, String dailyInvocations) {
        Map<String, String> kpis = new LinkedHashMap<>();
        kpis.put("daily_invocations", dailyInvocations);
        kpis.put("invocations_30d", "9000");
        kpis.put("error_rate_pct", "2%");
        kpis.put("contract_value_annual", "120000");
        kpis.put("churn_risk", "low");
        kpis.put("expansion_potential", "Medium");
        return new ManualAccount(id, "Company " + id, "Enterprise", "Ann Lee", "Fintech", "EMEA", "Inference",
                "A100", "2024-03-15", kpis);
    }

    private HealthScore score(String id) throws Exception {
        return workspaces.scores(WS).stream().filter(s -> s.externalAccountId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aNewAccountIsStoredAsItsOwnImportScoredAndListed() throws Exception {
        ImportRecord record = manual.save(WS, account("M-1", "600"));

        assertEquals(ManualAccounts.FILE_NAME, record.fileName());
        assertEquals(ManualAccounts.FORMAT, record.format());
        assertEquals(1, record.accounts());
        assertEquals(6, record.kpiRecords());
        assertEquals(List.of("M-1"), workspaces.scores(WS).stream().map(HealthScore::externalAccountId).toList());
        assertTrue(score("M-1").overall() != null);
        ManualAccount loaded = manual.load(WS, "M-1").orElseThrow();
        assertEquals("600", loaded.kpi("daily_invocations"));
        assertEquals("Low", loaded.kpi("churn_risk"), "labels read back in the catalogue's spelling");
        assertEquals("2", loaded.kpi("error_rate_pct"));
        assertEquals("2024-03-15", loaded.signupDate());
        assertEquals(120_000.0, new AccountOverview(store).accounts(WS).getFirst().revenue());
    }

    @Test
    void editingAKpiChangesTheScoreAndKeepsOneCurrentAccount() throws Exception {
        manual.save(WS, account("M-1", "600"));
        double before = score("M-1").overall();

        ManualAccount edit = manual.load(WS, "M-1").orElseThrow();
        Map<String, String> kpis = new LinkedHashMap<>(edit.kpis());
        kpis.put("daily_invocations", "5");
        manual.save(WS, new ManualAccount(edit.externalId(), "Renamed", edit.segment(), edit.csm(), edit.industry(),
                edit.region(), edit.useCase(), edit.gpuType(), edit.signupDate(), kpis));

        assertNotEquals(before, score("M-1").overall());
        List<AccountOverview.AccountSummary> listed = new AccountOverview(store).accounts(WS);
        assertEquals(1, listed.size());
        assertEquals("Renamed", listed.getFirst().name());
        assertEquals(2, workspaces.imports(WS).size());
    }

    @Test
    void anInvalidNumberIsReportedOnItsFieldAndNothingIsStored() throws Exception {
        var error = assertThrows(ManualAccounts.InvalidAccountException.class,
                () -> manual.save(WS, account("M-1", "lots")));

        ManualAccounts.Validation validation = error.validation();
        assertFalse(validation.valid());
        assertEquals(IssueCode.INVALID_NUMBER, validation.issuesByField().get("daily_invocations").getFirst().code());
        assertTrue(validation.error("daily_invocations").orElseThrow().contains("lots"));
        assertTrue(validation.error("company_name").isEmpty());
        assertTrue(workspaces.imports(WS).isEmpty());
        assertTrue(workspaces.scores(WS).isEmpty());
    }

    @Test
    void theFileImportRulesApplyToTheForm() {
        ManualAccount bad = new ManualAccount("", "", "", "", "", "", "", "", "31/31/2024",
                Map.of("error_rate_pct", "140", "days_since_last_invocation", "-3", "churn_risk", "Maybe"));

        ManualAccounts.Validation v = manual.validate(bad);

        assertFalse(v.valid());
        assertEquals(IssueCode.MISSING_ACCOUNT_ID, v.issuesByField().get("customer_id").getFirst().code());
        assertEquals(IssueCode.MISSING_ACCOUNT_NAME, v.issuesByField().get("company_name").getFirst().code());
        assertEquals(IssueCode.OUT_OF_RANGE, v.issuesByField().get("error_rate_pct").getFirst().code());
        assertEquals(IssueCode.NEGATIVE_VALUE, v.issuesByField().get("days_since_last_invocation").getFirst().code());
        assertEquals(IssueCode.UNKNOWN_LABEL, v.issuesByField().get("churn_risk").getFirst().code());
        assertTrue(v.error("signup_date").isPresent(), "an unreadable date blocks a hand entry");
        assertTrue(v.error("monthly_spend").isEmpty(), "an empty KPI is left out, not an error");
    }

    @Test
    void undoRevertsAManualEditToThePreviousValues() throws Exception {
        manual.save(WS, account("M-1", "600"));
        double before = score("M-1").overall();
        manual.save(WS, account("M-1", "1"));
        assertNotEquals(before, score("M-1").overall());

        ImportRecord undone = workspaces.undo(WS, Progress.NONE).orElseThrow();

        assertEquals(ManualAccounts.FILE_NAME, undone.fileName());
        assertEquals("600", manual.load(WS, "M-1").orElseThrow().kpi("daily_invocations"));
        assertEquals(before, score("M-1").overall());
        assertEquals(1, workspaces.scores(WS).size());
    }
}
