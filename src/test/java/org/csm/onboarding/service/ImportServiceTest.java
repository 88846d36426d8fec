package org.csm.onboarding.service;

import org.csm.onboarding.testdb.OnBothDatabases;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.csm.onboarding.engine.CancelledException;
import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.Weights;
import org.csm.onboarding.store.ImportRecord;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.testdata.CustomerFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Import, scores, undo, configuration and remembered mappings against a real store, on H2 and PostgreSQL.
@OnBothDatabases
class ImportServiceTest {

    @Parameter
    TestDatabase database;

    static final Path SAMPLE = Path.of("assets/samples/serverless_model_cs_platform.xlsx");
    static final String WS = "acme";

    @TempDir
    Path dir;

    Store store;
    OnboardingService onboarding;
    WorkspaceService workspace;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(database.fresh(dir, "import_service"));
        onboarding = new OnboardingService(store);
        workspace = new WorkspaceService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /// Imports with the coverage gate confirmed: these tests are about other rules.
    private ImportResult importFile(Path file, ColumnMapping mapping, boolean skip) throws Exception {
        return onboarding.importFile(onboarding.analyze(file, mapping).withChoices(ImportChoices.DEFAULT.withAllowFewKpis(true)),
                WS, OnboardingConfig.defaults(), skip, Progress.NONE);
    }

    private Map<String, HealthScore> scores() throws Exception {
        return workspace.scores(WS).stream().collect(Collectors.toMap(HealthScore::externalAccountId, s -> s));
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    @Test
    void importingTheSampleStoresThirtyFiveScoredAccounts() throws Exception {
        ImportResult r = importFile(SAMPLE, null, false);
        assertTrue(r.imported());
        assertEquals(0, r.skippedRows());
        assertEquals(35, r.preview().accounts());
        ImportRecord rec = r.importRecord().orElseThrow();
        assertEquals(35, rec.accounts());
        assertEquals(455, rec.kpiRecords());
        assertEquals("serverless_model_cs_platform.xlsx", rec.fileName());
        assertEquals("Customers", rec.sheet());
        assertEquals("data_center_serverless", rec.format());
        assertEquals(35, r.scores().accounts());
        assertEquals(35, scores().size());
    }

    @Test
    void srvl3007ScoresAsTheWorkedExample() throws Exception {
        importFile(SAMPLE, null, false);
        HealthScore s = scores().get("SRVL-3007");
        assertEquals("Elastic AI Corp", s.accountName());
        assertEquals(52.83, round2(s.overall()));
        assertEquals(HealthStatus.AT_RISK, s.status());
        assertEquals(0.95, s.coverage(), 1e-9);
        assertEquals(70.30, round2(s.categories().get(Category.PRODUCT_USAGE)));
        assertEquals(38.66, round2(s.categories().get(Category.SUPPORT)));
        assertEquals(70.10, round2(s.categories().get(Category.BUSINESS_OUTCOMES)));
        assertEquals(2.20, round2(s.categories().get(Category.CUSTOMER_SENTIMENT)));
        assertFalse(s.categories().containsKey(Category.RELATIONSHIP_STRENGTH));

        HealthScore explained = workspace.explain(WS, "SRVL-3007").orElseThrow();
        assertEquals(52.83, round2(explained.overall()));
        assertEquals(13, explained.kpis().size());
        assertTrue(workspace.explain(WS, "NOPE-1").isEmpty());
    }

    @Test
    void reimportUpsertsAndUndoStepsBackOneImportAtATime() throws Exception {
        importFile(SAMPLE, null, false);
        ImportResult second = importFile(SAMPLE, null, false);
        assertTrue(second.imported());
        assertEquals(35, scores().size());
        List<ImportRecord> imports = workspace.imports(WS);
        assertEquals(2, imports.size());
        assertEquals(imports.get(0).sha256(), imports.get(1).sha256());

        ImportRecord undone = workspace.undo(WS, Progress.NONE).orElseThrow();
        assertEquals(second.importRecord().orElseThrow().id(), undone.id());
        assertEquals(35, scores().size());
        assertEquals(52.83, round2(scores().get("SRVL-3007").overall()));
        assertEquals(1, workspace.imports(WS).size());

        assertTrue(workspace.undo(WS, Progress.NONE).isPresent());
        assertEquals(0, scores().size());
        assertEquals(0, workspace.imports(WS).size());
        assertTrue(workspace.undo(WS, Progress.NONE).isEmpty());
    }

    @Test
    void anUnchangedReimportSharesTheSnapshotAndSurvivesItsOwnUndo() throws Exception {
        ImportResult first = importFile(SAMPLE, null, false);
        ImportResult again = importFile(SAMPLE, null, false);
        assertTrue(again.imported());
        assertEquals(35, again.preview().accounts());
        assertEquals(455, again.importRecord().orElseThrow().kpiRecords());
        assertTrue(again.preview().firstRows().isEmpty(), "the unchanged file was not read again");
        assertEquals(first.scores().byStatus(), again.scores().byStatus());

        workspace.undo(WS, Progress.NONE);
        assertEquals(35, scores().size(), "undoing the re-import keeps the snapshot the first import shares");
        assertEquals(52.83, round2(scores().get("SRVL-3007").overall()));

        ImportResult otherConfig = onboarding.importFile(onboarding.analyze(SAMPLE, null), WS,
                OnboardingConfig.defaults().withWeights(Weights.defaults()), true, Progress.NONE);
        assertFalse(otherConfig.preview().firstRows().isEmpty(), "other settings read the file again");
    }

    @Test
    void aFileWithErrorsIsNotImportedAndLeavesThePreviousState() throws Exception {
        importFile(SAMPLE, null, false);
        Map<String, HealthScore> before = scores();
        Path bad = CustomerFile.serverless().account("SRVL-3007", "daily_invocations", 1.0)
                .account("NEW-1", "company_name", null).account("NEW-2")
                .writeXlsx(dir, "bad.xlsx");
        ImportResult r = importFile(bad, null, false);
        assertFalse(r.imported());
        assertNull(r.record());
        assertEquals(1, r.preview().rowsInError());
        assertEquals(35, scores().size());
        assertEquals(before.get("SRVL-3007").overall(), scores().get("SRVL-3007").overall());
        assertFalse(scores().containsKey("NEW-2"));
        assertEquals(1, workspace.imports(WS).size());
    }

    @Test
    void skippingInvalidRowsImportsTheRestAndCountsTheSkipped() throws Exception {
        importFile(SAMPLE, null, false);
        Path bad = CustomerFile.serverless().account("NEW-1", "company_name", null).account("NEW-2")
                .account("NEW-3", "company_name", " ").account("NEW-4", "churn_risk", "Maybe").writeXlsx(dir, "bad.xlsx");
        ImportResult r = importFile(bad, null, true);
        assertTrue(r.imported());
        assertEquals(2, r.skippedRows());
        assertEquals(2, r.importRecord().orElseThrow().skippedRows());
        assertEquals(2, r.importRecord().orElseThrow().accounts());
        assertEquals(37, scores().size());
        assertTrue(scores().containsKey("NEW-2"));
        assertTrue(scores().containsKey("NEW-4"), "an unknown label costs that KPI, not the account");
        assertFalse(scores().containsKey("NEW-1"));
        assertFalse(scores().containsKey("NEW-3"));
    }

    @Test
    void aFileWhoseRowsAreAllInErrorIsNotImportedEvenWhenSkipping() throws Exception {
        Path bad = CustomerFile.serverless().account("NEW-1", "company_name", null).writeXlsx(dir, "bad.xlsx");
        ImportResult r = importFile(bad, null, true);
        assertFalse(r.imported());
        assertEquals(0, scores().size());
        assertEquals(0, workspace.imports(WS).size());
    }

    @Test
    void aFileWithoutRecognisableColumnsIsOfferedForManualMappingButNotImported() throws Exception {
        Path foo = CustomerFile.withHeaders("foo", "bar").row("1", "2").writeXlsx(dir, "foo.xlsx");
        FileAnalysis a = onboarding.analyze(foo, null);
        assertEquals(List.of("foo", "bar"), a.layout().headers());
        assertTrue(a.mapping().headerByField().isEmpty(), a.mapping().toString());
        assertFalse(a.importable());
        List<String> unmapped = a.mappingIssues().stream().filter(i -> i.code() == IssueCode.REQUIRED_FIELD_UNMAPPED)
                .map(DataIssue::message).toList();
        assertEquals(2, unmapped.size(), unmapped::toString);
        assertTrue(unmapped.get(0).contains("customer_id") && unmapped.get(1).contains("company_name"), unmapped::toString);
        PreviewResult p = onboarding.preview(a, OnboardingConfig.defaults(), Progress.NONE);
        assertEquals(0, p.accounts(), "nothing would be created");
        assertTrue(p.issues().stream().noneMatch(i -> i.code() == IssueCode.MISSING_ACCOUNT_ID), "one file-level error, not one per row");
        ImportResult r = onboarding.importFile(a, WS, OnboardingConfig.defaults(), true, Progress.NONE);
        assertFalse(r.imported());
    }

    @Test
    void aFileWithOnlyNumbersIsRefused() throws Exception {
        Path numbers = dir.resolve("numbers.csv");
        java.nio.file.Files.writeString(numbers, "1,2,3\n4,5,6\n");
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> onboarding.analyze(numbers, null));
        assertTrue(e.getMessage().contains("customer_id"), e.getMessage());
    }

    @Test
    void aFileMissingARequiredFieldIsNotImportableAndSaysWhich() throws Exception {
        Path partial = CustomerFile.withHeaders("customer_id", "monthly_spend", "foo").row("A-1", 12.0, "x")
                .writeXlsx(dir, "partial.xlsx");
        FileAnalysis a = onboarding.analyze(partial, null);
        assertFalse(a.importable());
        List<DataIssue> unmapped = a.mappingIssues().stream().filter(i -> i.code() == IssueCode.REQUIRED_FIELD_UNMAPPED).toList();
        assertEquals(1, unmapped.size(), unmapped::toString);
        assertTrue(unmapped.getFirst().message().contains("company_name"));
        ImportResult r = onboarding.importFile(a, WS, OnboardingConfig.defaults(), true, Progress.NONE);
        assertFalse(r.imported());
        assertEquals(0, workspace.imports(WS).size());
    }

    @Test
    void anExplicitMappingForAnUnknownLayoutMakesItImportable() throws Exception {
        Path foo = CustomerFile.withHeaders("foo", "bar", "baz").row("X-1", "Xylo Ltd", 12000.0)
                .row("X-2", "Yarn Inc", 500.0).writeXlsx(dir, "foo.xlsx");
        ColumnMapping mapping = new ColumnMapping(Map.of(Field.CUSTOMER_ID, "foo", Field.COMPANY_NAME, "bar",
                Field.MONTHLY_SPEND, "baz"));
        FileAnalysis a = onboarding.analyze(foo, mapping);
        assertEquals(FileAnalysis.MappingSource.EXPLICIT, a.mappingSource());
        assertTrue(a.importable(), a.mappingIssues()::toString);
        // One KPI of 13: the coverage gate refuses until the CSM confirms.
        ImportResult refused = onboarding.importFile(a, WS, OnboardingConfig.defaults(), false, Progress.NONE);
        assertFalse(refused.imported());
        assertTrue(refused.refusedForCoverage());
        assertEquals("1 of 13 KPIs found", refused.preview().coverage().foundText());
        assertEquals(0, workspace.imports(WS).size());
        ImportResult r = onboarding.importFile(a.withChoices(ImportChoices.DEFAULT.withAllowFewKpis(true)), WS,
                OnboardingConfig.defaults(), false, Progress.NONE);
        assertTrue(r.imported(), () -> r.preview().issues().toString());
        assertEquals(2, r.preview().kpiRecords());
        assertEquals(2, scores().size());
        assertEquals("Xylo Ltd", scores().get("X-1").accountName());
        // Only Monthly Spend has data: coverage is far below half, whatever the number.
        assertEquals(HealthStatus.INSUFFICIENT_DATA, scores().get("X-1").status());
        assertEquals("unknown", r.importRecord().orElseThrow().format());
    }

    @Test
    void aMappingIsRememberedForTheSameHeaderSignature() throws Exception {
        FileAnalysis first = onboarding.analyze(SAMPLE, null);
        assertEquals(FileAnalysis.MappingSource.AUTOMATIC, first.mappingSource());
        importFile(SAMPLE, null, false);
        FileAnalysis second = onboarding.analyze(SAMPLE, null);
        assertEquals(FileAnalysis.MappingSource.REMEMBERED, second.mappingSource());
        assertEquals(first.mapping(), second.mapping());
        assertEquals(first.headerSignature(), second.headerSignature());
    }

    @Test
    void aHandMadeMappingIsRecalledForTheNextExportWithTheSameColumnsInAnotherOrder() throws Exception {
        Path first = CustomerFile.withHeaders("Kunde", "Firma", "Umsatz").row("K-1", "Alpha GmbH", 5000.0)
                .writeXlsx(dir, "first.xlsx");
        ColumnMapping mapping = new ColumnMapping(Map.of(Field.CUSTOMER_ID, "Kunde", Field.COMPANY_NAME, "Firma",
                Field.MONTHLY_SPEND, "Umsatz"));
        assertTrue(importFile(first, mapping, false).imported());
        Path next = CustomerFile.withHeaders("Umsatz", "Kunde", "Firma").row(700.0, "K-2", "Beta AG")
                .writeXlsx(dir, "next.xlsx");
        FileAnalysis a = onboarding.analyze(next, null);
        assertEquals(FileAnalysis.MappingSource.REMEMBERED, a.mappingSource());
        assertEquals(mapping, a.mapping());
        assertTrue(importFile(next, null, false).imported());
        assertEquals(2, scores().size());
    }

    @Test
    void changingTheWeightsRescoresStoredAccounts() throws Exception {
        importFile(SAMPLE, null, false);
        double before = scores().get("SRVL-3007").overall();
        var weights = new EnumMap<Category, Double>(Category.class);
        weights.put(Category.CUSTOMER_SENTIMENT, 100.0);
        ScoreSummary summary = workspace.changeConfig(WS, OnboardingConfig.defaults().withWeights(new Weights(weights)), Progress.NONE);
        assertEquals(35, summary.accounts());
        HealthScore after = scores().get("SRVL-3007");
        assertNotEquals(before, after.overall());
        // Only Customer Sentiment counts now: the overall is that category's 2.20, Critical.
        assertEquals(2.20, round2(after.overall()));
        assertEquals(HealthStatus.CRITICAL, after.status());
        assertEquals(1.0, after.coverage(), 1e-9);
        assertEquals(100.0, workspace.config(WS).weights().of(Category.CUSTOMER_SENTIMENT));
    }

    @Test
    void cancellingDuringImportLeavesThePreviousState() throws Exception {
        importFile(SAMPLE, null, false);
        AtomicInteger checks = new AtomicInteger();
        Progress cancelAfterTen = new Progress() {
            @Override
            public void update(String phase, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return checks.incrementAndGet() > 10;
            }
        };
        Path other = CustomerFile.serverless().account("NEW-1").account("NEW-2").account("SRVL-3007", "health_score", 90.0)
                .account("NEW-3").account("NEW-4").account("NEW-5").account("NEW-6").account("NEW-7").account("NEW-8")
                .account("NEW-9").account("NEW-10").account("NEW-11").account("NEW-12").writeXlsx(dir, "other.xlsx");
        FileAnalysis a = onboarding.analyze(other, null);
        assertThrows(CancelledException.class,
                () -> onboarding.importFile(a, WS, OnboardingConfig.defaults(), false, cancelAfterTen));
        assertTrue(checks.get() > 10);
        assertEquals(35, scores().size());
        assertEquals(52.83, round2(scores().get("SRVL-3007").overall()));
        assertEquals(1, workspace.imports(WS).size());
        // The store is still usable afterwards.
        assertTrue(onboarding.importFile(a, WS, OnboardingConfig.defaults(), false, Progress.NONE).imported());
        assertEquals(47, scores().size());
    }
}
