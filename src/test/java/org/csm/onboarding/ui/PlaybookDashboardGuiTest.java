package org.csm.onboarding.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.AccountOverview.AccountSummary;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.service.PlaybookService;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.ui.common.FakeFileOpener;
import org.csm.onboarding.ui.common.RecordingDialogs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The dashboard a CSM acts from, on the sample: the table opens riskiest first, the
/// histogram coloured by band, the account detail, the playbook editor (an edit refreshes the
/// recommendations and keeps sort and selection), the action plan export. Screenshots at
/// 1024x700 and large, light and dark.
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class PlaybookDashboardGuiTest {

    static final String WS = "sample";

    @TempDir
    static Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Stage stage;
    private Store store;
    private Path saves;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = Store.open(dir.resolve("db-" + System.nanoTime()));
        OnboardingService onboarding = new OnboardingService(store);
        onboarding.importFile(onboarding.analyze(Path.of("assets/samples/serverless_model_cs_platform.xlsx"), null), WS,
                OnboardingConfig.defaults(), false, Progress.NONE);
        saves = Files.createDirectories(dir.resolve("saves-" + System.nanoTime()));
        DashboardGui.show(stage, store, new FakeFileOpener(saves), dialogs, WS);
    }

    @Test
    void theTableOpensRiskiestFirstAndEveryScreenIsRendered(FxRobot robot) throws Exception {
        TableView<AccountSummary> table = robot.lookup("#accountsTable").queryTableView();
        List<AccountSummary> rows = table.getItems();
        for (int i = 1; i < rows.size(); i++) {
            AccountSummary a = rows.get(i - 1);
            AccountSummary b = rows.get(i);
            int ra = org.csm.onboarding.engine.ask.AskTable.riskRank(a.score().status());
            int rb = org.csm.onboarding.engine.ask.AskTable.riskRank(b.score().status());
            assertTrue(ra < rb || ra == rb && (a.revenue() == null ? 0 : a.revenue()) >= (b.revenue() == null ? 0 : b.revenue()),
                    a.externalId() + " before " + b.externalId());
        }
        assertEquals(HealthStatus.CRITICAL, rows.getFirst().score().status());
        DashboardGui.eachLook(robot, stage, suffix -> {
            robot.clickOn("Charts");
            // Series 0 is Critical, 2 Healthy (the stylesheet colours them by that order).
            assertEquals("Critical", robot.lookup("#distributionChart").queryAs(javafx.scene.chart.XYChart.class)
                    .getData().getFirst() instanceof javafx.scene.chart.XYChart.Series<?, ?> s ? s.getName() : "");
            assertFalse(robot.lookup("#distributionChart .chart-bar.default-color0").queryAll().isEmpty());
            assertFalse(robot.lookup("#distributionChart .chart-bar.default-color2").queryAll().isEmpty());
            shot(robot, "histogram-bands" + suffix);
            robot.interact(() -> robot.lookup("#dashboardTabs").queryAs(javafx.scene.control.TabPane.class)
                    .getSelectionModel().select(0));
            select(robot, "SRVL-3007");
            assertTrue(text(robot, "#accountDetailHeader").contains("Elastic AI Corp"));
            shot(robot, "account-detail" + suffix);

            menu(robot, 0);
            ListView<?> list = robot.lookup("#playbookList").queryAs(ListView.class);
            assertEquals(9, list.getItems().size());
            Screenshots.save(robot, list.getScene().getRoot(), "playbook-editor" + suffix);
            robot.interact(() -> list.getScene().getWindow().hide());

            menu(robot, 1);
            Label count = robot.lookup("#actionPlanCount").queryAs(Label.class);
            assertTrue(count.getText().startsWith("58 recommendations"), count.getText());
            Screenshots.save(robot, count.getScene().getRoot(), "action-plan-dialog" + suffix);
            robot.interact(() -> count.getScene().getWindow().hide());
        });
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void theContractValueAtRiskTileFiltersToTheAccountsItAddsUp(FxRobot robot) throws Exception {
        TableView<AccountSummary> table = robot.lookup("#accountsTable").queryTableView();
        assertEquals(35, table.getItems().size());
        robot.clickOn("#tileRevenueAtRisk");
        assertEquals(16, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(a -> a.score().status() == HealthStatus.AT_RISK
                || a.score().status() == HealthStatus.CRITICAL));
        javafx.css.PseudoClass active = javafx.css.PseudoClass.getPseudoClass("active");
        assertTrue(robot.lookup("#tileRevenueAtRisk").query().getPseudoClassStates().contains(active));
        Screenshots.save(robot, table.getScene().getRoot(), "dashboard-at-risk-filter-light-1024x700");
        // A status tile replaces the filter; the Accounts tile shows every account again.
        robot.clickOn("#tile-healthy");
        assertEquals(19, table.getItems().size());
        assertTrue(robot.lookup("#tile-healthy").query().getPseudoClassStates().contains(active));
        assertFalse(robot.lookup("#tileRevenueAtRisk").query().getPseudoClassStates().contains(active));
        robot.clickOn("#tileRevenueAtRisk");
        assertEquals(16, table.getItems().size());
        robot.clickOn("#tileRevenueAtRisk");
        assertEquals(35, table.getItems().size());
    }

    @Test
    void aFilterKeepsTheTablesSortAndTheSelectedAccount(FxRobot robot) {
        TableView<AccountSummary> table = robot.lookup("#accountsTable").queryTableView();
        TableColumn<AccountSummary, ?> score = table.getColumns().stream().filter(c -> "col-score".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            score.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(score));
        });
        select(robot, "SRVL-3007");
        robot.clickOn("#tileRevenueAtRisk");
        assertEquals(16, table.getItems().size());
        assertEquals(List.of("col-score"), table.getSortOrder().stream().map(TableColumn::getId).toList());
        for (int i = 1; i < table.getItems().size(); i++) {
            assertTrue(table.getItems().get(i - 1).score().overall() >= table.getItems().get(i).score().overall());
        }
        assertEquals("SRVL-3007", table.getSelectionModel().getSelectedItem().externalId());
    }

    @Test
    void anEditedPlaybookRefreshesTheRecommendationsAndKeepsSortAndSelection(FxRobot robot) throws Exception {
        TableView<AccountSummary> table = robot.lookup("#accountsTable").queryTableView();
        TableColumn<AccountSummary, ?> score = table.getColumns().stream().filter(c -> "col-score".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            score.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(score));
        });
        select(robot, "SRVL-3018");
        assertTrue(playbooks(robot).stream().anyMatch(t -> t.startsWith("\u25B6 Reliability review")), playbooks(robot)::toString);

        menu(robot, 0);
        ListView<?> list = robot.lookup("#playbookList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(3));
        TextField name = robot.lookup("#playbookName").queryAs(TextField.class);
        assertEquals("Reliability review", name.getText());
        TextField value = robot.lookup("#playbookValue").queryAs(TextField.class);
        Button save = robot.lookup("#playbookSave").queryButton();
        // A value that is no number keeps Save disabled and says why.
        robot.interact(() -> value.setText("two"));
        assertTrue(save.isDisabled());
        assertTrue(text(robot, "#playbookProblems").contains("not a number"), text(robot, "#playbookProblems"));
        robot.interact(() -> {
            value.setText("3%");
            name.setText("Reliability check");
        });
        assertFalse(save.isDisabled(), text(robot, "#playbookProblems"));
        robot.interact(save::fire);

        // A new dashboard: same sort column and the same account selected, new recommendations.
        TableView<AccountSummary> after = robot.lookup("#accountsTable").queryTableView();
        assertEquals("col-score", after.getSortOrder().getFirst().getId());
        assertEquals(TableColumn.SortType.DESCENDING, after.getSortOrder().getFirst().getSortType());
        assertEquals("SRVL-3018", after.getSelectionModel().getSelectedItem().externalId());
        assertTrue(playbooks(robot).stream().noneMatch(t -> t.contains("Reliability")), playbooks(robot)::toString);
        assertEquals("Reliability check", new PlaybookService(store).catalog(WS).find("reliability-review").orElseThrow().name());

        // Reset to defaults stores nothing of its own: the workspace follows the shipped catalogue.
        menu(robot, 0);
        robot.clickOn("#playbookReset");
        robot.interact(() -> robot.lookup("#playbookSave").queryButton().fire());
        assertEquals(org.csm.onboarding.engine.playbook.PlaybookCatalog.defaults(), new PlaybookService(store).catalog(WS));
        assertTrue(playbooks(robot).stream().anyMatch(t -> t.startsWith("\u25B6 Reliability review")), playbooks(robot)::toString);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void theActionPlanOfOneCsmIsSavedWhereTheCsmChose(FxRobot robot) throws Exception {
        menu(robot, 1);
        ComboBox<String> csm = robot.lookup("#actionPlanCsm").queryComboBox();
        robot.interact(() -> csm.setValue("Elena Rossi"));
        assertTrue(text(robot, "#actionPlanCount").startsWith("19 recommendations"), text(robot, "#actionPlanCount"));
        ComboBox<String> format = robot.lookup("#actionPlanFormat").queryComboBox();
        robot.interact(() -> format.setValue("csv"));
        robot.interact(() -> robot.lookup("#actionPlanExport").queryButton().fire());
        Path saved = saves.resolve("sample-action-plan-elena-rossi.csv");
        List<String> lines = Files.readAllLines(saved);
        assertEquals(20, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("Elena Rossi,")));
        assertEquals(1, dialogs.infos.size(), dialogs.infos.toString());
    }

    /// The Playbooks menu's items: 0 edits the playbooks, 1 exports an action plan.
    private static void menu(FxRobot robot, int item) {
        robot.interact(() -> robot.lookup("#playbooksMenu").queryAs(javafx.scene.control.MenuButton.class).getItems().get(item).fire());
    }

    @Test
    void theExportExplainsEveryAccountWithNumbersAsNumbers(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#exportButton").queryButton().fire());
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(saves.resolve("sample-scores.xlsx").toFile())) {
            var accounts = wb.getSheet("Accounts");
            assertEquals(36, accounts.getLastRowNum() + 1);
            assertEquals("SRVL-3020", accounts.getRow(1).getCell(0).getStringCellValue(), "riskiest first, as the table shows");
            var explanation = wb.getSheet("Explanation");
            java.util.Set<String> ids = new java.util.HashSet<>();
            boolean errorRateOf3007 = false;
            for (int r = 1; r <= explanation.getLastRowNum(); r++) {
                var row = explanation.getRow(r);
                ids.add(row.getCell(0).getStringCellValue());
                assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, row.getCell(6).getCellType(), "score of row " + r);
                if (row.getCell(0).getStringCellValue().equals("SRVL-3007") && row.getCell(2).getStringCellValue().equals("Error Rate")) {
                    assertEquals("13.45%", new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.US).formatCellValue(row.getCell(4)));
                    assertEquals(10.23, row.getCell(6).getNumericCellValue(), 1e-9);
                    errorRateOf3007 = true;
                }
            }
            assertEquals(35, ids.size(), "every account is explained");
            assertTrue(errorRateOf3007);
        }
    }

    private static void select(FxRobot robot, String id) {
        TableView<AccountSummary> table = robot.lookup("#accountsTable").queryTableView();
        robot.interact(() -> table.getItems().stream().filter(a -> a.externalId().equals(id)).findFirst()
                .ifPresent(a -> table.getSelectionModel().select(a)));
    }

    private static List<String> playbooks(FxRobot robot) {
        return robot.lookup("#accountPlaybooks").queryParent().getChildrenUnmodifiable().stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }

    private static String text(FxRobot robot, String id) {
        return DashboardGui.text(robot, id);
    }

    private static void shot(FxRobot robot, String name) throws Exception {
        DashboardGui.shot(robot, name);
    }
}
