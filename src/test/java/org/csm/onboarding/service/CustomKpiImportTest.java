package org.csm.onboarding.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiScore;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.testdata.CustomerFile;
import org.csm.onboarding.testdb.OnBothDatabases;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/// A numeric column no field describes becomes a KPI: suggested thresholds from its values,
/// read, stored, scored and explained like a standard KPI, and brought back by the mapping
/// memory the next time a file with the same layout is opened; on H2 and PostgreSQL.
@OnBothDatabases
class CustomKpiImportTest {

    static final String HEADER = "Open tickets, 30d";

    @Parameter
    TestDatabase database;
    @TempDir
    Path dir;

    Store store;
    OnboardingService onboarding;
    WorkspaceService workspaces;
    Path file;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(database.fresh(dir, "custom_kpi"));
        onboarding = new OnboardingService(store);
        workspaces = new WorkspaceService(store);
        CustomerFile customers = CustomerFile.serverless().addColumn("tickets", HEADER);
        Object[] tickets = {2, 4, 6, 8, 10, 12, 14, "lots"};
        for (int i = 0; i < tickets.length; i++) {
            customers.account("T-" + (i + 1), "tickets", tickets[i]);
        }
        file = customers.writeCsv(dir, "tickets.csv", ',', StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /// Lower is better with the thresholds the column suggests.
    private CustomKpi tickets(FileAnalysis analysis) throws Exception {
        var suggestion = CustomKpis.suggest(analysis, HEADER, Direction.LOWER_IS_BETTER, Progress.NONE);
        return CustomKpi.of("Open Tickets", HEADER, Category.SUPPORT, Direction.LOWER_IS_BETTER, Impact.HIGH,
                Frequency.MONTHLY, suggestion.range().critical(), suggestion.range().healthy());
    }

    @Test
    void theColumnIsOfferedAndItsQuartilesSuggestTheThresholds() throws Exception {
        FileAnalysis analysis = onboarding.analyze(file, null);
        assertEquals(List.of(HEADER), analysis.customKpiCandidates(OnboardingConfig.defaults()));
        var suggestion = CustomKpis.suggest(analysis, HEADER, Direction.LOWER_IS_BETTER, Progress.NONE);
        // 2, 4, ..., 14 (the "lots" cell is no number): P25 = 5, P75 = 11.
        assertEquals(7, suggestion.valueCount());
        assertEquals(11, suggestion.range().critical());
        assertEquals(5, suggestion.range().healthy());
        OnboardingConfig config = OnboardingConfig.defaults().withCustomKpi(tickets(analysis));
        assertEquals(List.of(), analysis.customKpiCandidates(config), "a column is made a KPI once");
        assertTrue(CustomKpis.problem(analysis, OnboardingConfig.defaults(), CustomKpi.of("X", "customer_id", Category.SUPPORT,
                Direction.LOWER_IS_BETTER, Impact.HIGH, Frequency.MONTHLY, 2, 1)).contains("already feeds customer_id"));
    }

    @Test
    void aCustomKpiIsCountedReadScoredAndExplained() throws Exception {
        FileAnalysis analysis = onboarding.analyze(file, null);
        CustomKpi kpi = tickets(analysis);
        OnboardingConfig config = OnboardingConfig.defaults().withCustomKpi(kpi);

        PreviewResult plain = onboarding.preview(analysis, OnboardingConfig.defaults(), Progress.NONE);
        PreviewResult preview = onboarding.preview(analysis, config, Progress.NONE);
        assertEquals(plain.kpiRecords() + 7, preview.kpiRecords(), "seven tickets values become KPI records");
        DataIssue bad = preview.issues().stream().filter(i -> i.code() == IssueCode.INVALID_NUMBER).findFirst().orElseThrow();
        assertEquals(HEADER, bad.column());
        assertEquals(9, bad.row());
        assertEquals(8, preview.accounts(), "the bad cell costs only that KPI");
        assertEquals("13 of 13 KPIs found and 1 custom KPI", preview.coverage().foundText());

        assertTrue(onboarding.importFile(analysis, "acme", config, false, Progress.NONE).imported());
        HealthScore t1 = workspaces.explain("acme", "T-1").orElseThrow();
        KpiScore open = t1.kpis().stream().filter(k -> k.kpiKey().equals(kpi.key())).findFirst().orElseThrow();
        // 2 on 11..5, lower is better: t = (2 - 11) / (5 - 11) = 1.5 -> 67 + 33 x 0.5 = 83.5.
        assertEquals(83.5, open.score(), 1e-9);
        assertEquals(Band.HEALTHY, open.band());
        assertEquals("Open Tickets", open.kpiName());
        // Every KPI of the full row is present, the custom one included: nothing of Support's weight is missing.
        assertEquals(0.95, t1.coverage(), 1e-9);
        HealthScore t8 = workspaces.explain("acme", "T-8").orElseThrow();
        assertTrue(t8.kpis().stream().noneMatch(k -> k.kpiKey().equals(kpi.key())));
        // Support lacks 2 of its 10 impact points: 20 x 0.2 = 4 points of the 100 less than T-1.
        assertEquals(0.91, t8.coverage(), 1e-9);
        assertEquals(List.of(kpi), workspaces.config("acme").customKpis());
    }

    @Test
    void aCustomKpiCanBeAskedAboutByItsName() throws Exception {
        FileAnalysis analysis = onboarding.analyze(file, null);
        onboarding.importFile(analysis, "acme", OnboardingConfig.defaults().withCustomKpi(tickets(analysis)), false,
                Progress.NONE);
        var answer = new AskService(store).ask("acme", "accounts with open tickets over 10");
        assertEquals(org.csm.onboarding.engine.ask.AnswerKind.ROWS, answer.kind(), answer.problem());
        assertTrue(answer.understood().contains("Open Tickets"), answer.understood());
        var engine = new AskService(store).engine("acme").orElseThrow();
        List<String> ids = java.util.Arrays.stream(answer.rows()).mapToObj(r -> engine.table().id(r)).sorted().toList();
        // Tickets 12 and 14 are over 10; T-8 has no value and is not listed.
        assertEquals(List.of("T-6", "T-7"), ids);
    }

    @Test
    void theMappingMemoryBringsTheCustomKpiBackForTheSameLayout() throws Exception {
        FileAnalysis analysis = onboarding.analyze(file, null);
        CustomKpi kpi = tickets(analysis);
        onboarding.importFile(analysis, "acme", OnboardingConfig.defaults().withCustomKpi(kpi), false, Progress.NONE);

        FileAnalysis again = new OnboardingService(store).analyze(file, null);
        assertEquals(FileAnalysis.MappingSource.REMEMBERED, again.mappingSource());
        assertEquals(List.of(kpi), again.rememberedKpis());
        OnboardingConfig recalled = again.recalledInto(OnboardingConfig.defaults());
        assertTrue(onboarding.importFile(again, "globex", recalled, false, Progress.NONE).imported());
        assertEquals(83.5, workspaces.explain("globex", "T-1").orElseThrow().kpis().stream()
                .filter(k -> k.kpiKey().equals(kpi.key())).findFirst().orElseThrow().score(), 1e-9);
    }
}
