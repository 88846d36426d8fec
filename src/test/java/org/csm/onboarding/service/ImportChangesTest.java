package org.csm.onboarding.service;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.Weights;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.testdata.CustomerFile;
import org.csm.onboarding.testdb.OnBothDatabases;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/// A re-import says what it does to the stored accounts: created, updated, unchanged (issue 7:
/// "Will create 35 accounts" on a re-import that only updates them).
@OnBothDatabases
class ImportChangesTest {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dir;

    Store store;
    OnboardingService onboarding;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(database.fresh(dir, "import_changes"));
        onboarding = new OnboardingService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportResult importFile(Path file, OnboardingConfig config) throws Exception {
        return onboarding.importFile(onboarding.analyze(file, null), "acme", config, false, Progress.NONE);
    }

    @Test
    void aReimportComparesEachAccountWithTheStoredOne() throws Exception {
        Path first = CustomerFile.serverless().account("A-1").account("A-2").writeXlsx(dir, "first.xlsx");
        assertEquals(new AccountChanges(2, 0, 0), importFile(first, OnboardingConfig.defaults()).preview().changes());

        // Same rows, one KPI changed, one account added; other weights so the unchanged-file shortcut does not apply.
        Path second = CustomerFile.serverless().account("A-1").account("A-2", "monthly_spend", 12345.5).account("A-3")
                .writeXlsx(dir, "second.xlsx");
        PreviewResult preview = onboarding.preview(onboarding.analyze(second, null), OnboardingConfig.defaults(), "acme", Progress.NONE);
        assertEquals(new AccountChanges(1, 1, 1), preview.changes());
        var byCategory = new java.util.EnumMap<>(Weights.defaults().byCategory());
        byCategory.put(org.csm.onboarding.model.Category.SUPPORT, 30.0);
        byCategory.put(org.csm.onboarding.model.Category.BUSINESS_OUTCOMES, 15.0);
        var config = OnboardingConfig.defaults().withWeights(new Weights(byCategory));
        assertEquals(new AccountChanges(1, 1, 1), importFile(second, config).preview().changes());

        // The same file again, same settings: nothing is rewritten and every account is unchanged.
        assertEquals(new AccountChanges(0, 0, 3), importFile(second, config).preview().changes());
        // A preview for a workspace not there yet creates everything.
        assertEquals(new AccountChanges(3, 0, 0), onboarding.preview(onboarding.analyze(second, null),
                OnboardingConfig.defaults(), "elsewhere", Progress.NONE).changes());
    }

    @Test
    void cellEditsAreReadInsteadOfTheFilesAndKeptWithTheImportBesideTheOriginal() throws Exception {
        Path file = CustomerFile.serverless().account("A-1").account("A-2", "monthly_spend", "12,3x0")
                .account("A-3", "company_name", null).writeXlsx(dir, "edits.xlsx");
        var edit = new org.csm.onboarding.model.CellEdit(3, "monthly_spend", "12,3x0", "12300.5");
        FileAnalysis analysis = onboarding.analyze(file, null).withChoices(ImportChoices.DEFAULT.withEdit(edit));
        ImportResult result = onboarding.importFile(analysis, "acme", OnboardingConfig.defaults(), true, Progress.NONE);
        assertEquals(2, result.preview().accounts());
        assertEquals(0, result.preview().issueCounts().getOrDefault(org.csm.onboarding.model.IssueCode.INVALID_NUMBER, 0),
                "the edited cell is read, not the file's");
        var spend = new WorkspaceService(store).explain("acme", "A-2").orElseThrow().kpis().stream()
                .filter(k -> k.kpiKey().equals("monthly_spend")).findFirst().orElseThrow();
        assertEquals(12300.5, spend.value());

        var history = new WorkspaceService(store).importHistory("acme");
        assertEquals(List.of(edit), history.getFirst().edits());
        assertEquals(Map.of("missing_account_name", 1), history.getFirst().skipped());
        assertEquals(1, history.getFirst().record().skippedRows());
    }
}
