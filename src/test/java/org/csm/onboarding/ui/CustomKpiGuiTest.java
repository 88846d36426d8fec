package org.csm.onboarding.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.service.AccountOverview;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.testdata.CustomerFile;
import org.csm.onboarding.ui.common.RecordingDialogs;
import org.csm.onboarding.ui.dashboard.DashboardViewModel;
import org.csm.onboarding.ui.onboarding.ranges.RangeRow;
import org.csm.onboarding.ui.shell.AppShell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// A column no field describes ("Open Tickets (30d)") made a KPI from the file check: the
/// dialog suggests rounded thresholds, the KPI then shows in the weights and ranges steps, in
/// "Will create N accounts and M KPIs" and in the dashboard's explanation.
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class CustomKpiGuiTest {

    static final String HEADER = "Open Tickets (30d)";

    @TempDir
    static Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppShell shell;
    private Stage stage;
    private Store store;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        WizardGui gui = WizardGui.open(stage, dir, dialogs);
        store = gui.store();
        shell = gui.shell();
    }

    private Path export() throws Exception {
        CustomerFile file = CustomerFile.serverless().addColumn("tickets", HEADER);
        double[] tickets = {3, 6.5, 9, 12, 14.5, 18, 21, 26};
        for (int i = 0; i < tickets.length; i++) {
            file.account("ACC-" + (i + 1), "tickets", tickets[i]);
        }
        return file.writeCsv(dir, "crm-tickets.csv", ',', StandardCharsets.UTF_8);
    }

    @Test
    void anUnmappedNumericColumnBecomesAKpiScoredInEveryStepAndTheDashboard(FxRobot robot) throws Exception {
        Path file = export();
        robot.interact(() -> shell.open(file));
        assertTrue(text(robot, "#checkKpis").startsWith("13 of 13 KPIs found"), text(robot, "#checkKpis"));

        Screenshots.save(robot, stage.getScene().getRoot(), "custom-kpi-0-make-it-a-kpi-1024x700");
        robot.clickOn("#makeKpi-Open_Tickets_30d_");
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#customName").queryAs(TextField.class);
        assertEquals(HEADER, name.getText());
        // Higher is better by default: Critical at P25 (8.375 -> 8.4), Healthy at P75 (18.75 -> 19).
        assertEquals("8.4", robot.lookup("#customCritical").queryAs(TextField.class).getText());
        assertEquals("19", robot.lookup("#customHealthy").queryAs(TextField.class).getText());
        assertTrue(text(robot, "#customNote").contains("From 8 values"), text(robot, "#customNote"));
        @SuppressWarnings("unchecked")
        ComboBox<Direction> direction = robot.lookup("#customDirection").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Category> category = robot.lookup("#customCategory").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Impact> impact = robot.lookup("#customImpact").queryAs(ComboBox.class);
        robot.interact(() -> {
            direction.setValue(Direction.LOWER_IS_BETTER);
            category.setValue(Category.SUPPORT);
            impact.setValue(Impact.HIGH);
        });
        assertEquals("19", robot.lookup("#customCritical").queryAs(TextField.class).getText(), "re-suggested for lower is better");
        assertEquals("8.4", robot.lookup("#customHealthy").queryAs(TextField.class).getText());
        // A name the catalogue already has is refused in place; so are thresholds the wrong way round.
        robot.interact(() -> name.setText("Error Rate"));
        assertTrue(text(robot, "#customProblem").contains("already a KPI called \"Error Rate\""), text(robot, "#customProblem"));
        assertTrue(robot.lookup("#customCreate").query().isDisabled());
        robot.interact(() -> {
            name.setText("Open Tickets");
            robot.lookup("#customHealthy").queryAs(TextField.class).setText("25");
        });
        assertTrue(text(robot, "#customProblem").contains("Healthy threshold must be below the Critical one"),
                text(robot, "#customProblem"));
        robot.interact(() -> robot.lookup("#customHealthy").queryAs(TextField.class).setText("8.4"));
        assertEquals("", text(robot, "#customProblem"));
        Node dialogRoot = robot.lookup("#customName").query().getScene().getRoot();
        Screenshots.save(robot, dialogRoot, "custom-kpi-1-dialog");
        robot.clickOn("#customCreate");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Window.getWindows().stream().noneMatch(w -> w.getScene() != null && w.getScene().getRoot() == dialogRoot),
                "the dialog closed");
        assertEquals("KPI: Open Tickets", text(robot, "#customKpiOf-Open_Tickets_30d_"));
        assertTrue(text(robot, "#checkKpis").contains("and 1 custom KPI"), text(robot, "#checkKpis"));
        javafx.scene.control.TableView<org.csm.onboarding.ui.onboarding.check.FileCheckViewModel.ColumnRow> columns =
                robot.lookup("#checkColumnsTable").query();
        assertTrue(columns.getItems().stream().anyMatch(r -> r.header().equals(HEADER) && r.reason().contains("custom KPI Open Tickets")),
                "the Why column says the column is a custom KPI");
        Screenshots.save(robot, stage.getScene().getRoot(), "custom-kpi-2-file-check-1024x700");
        robot.interact(() -> shell.darkTheme().set(true));
        Screenshots.save(robot, stage.getScene().getRoot(), "custom-kpi-2-file-check-dark-1024x700");
        robot.interact(() -> shell.darkTheme().set(false));

        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        String support = text(robot, "#categoryKpis-support");
        assertTrue(support.contains("Error Rate") && support.contains("Open Tickets (custom)"), support);
        assertTrue(text(robot, "#categoryKpis-relationship_strength").contains("No KPI of this category in this file"));
        Screenshots.save(robot, stage.getScene().getRoot(), "custom-kpi-3-weights-1024x700");

        robot.clickOn("#nextButton");
        TableView<RangeRow> ranges = robot.lookup("#rangesTable").queryTableView();
        RangeRow row = ranges.getItems().getLast();
        assertEquals("Open Tickets", row.kpi().name());
        assertEquals("19", row.criticalProperty().get());
        // Tickets 3..26 on 19..8.4: 2 accounts above 19 Critical, 2 below 8.4 Healthy.
        assertEquals(2, row.bandCount(org.csm.onboarding.model.Band.CRITICAL).get());
        assertEquals(2, row.bandCount(org.csm.onboarding.model.Band.HEALTHY).get());
        robot.interact(() -> ranges.scrollTo(row));
        Screenshots.save(robot, stage.getScene().getRoot(), "custom-kpi-4-ranges-1024x700");

        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        // 8 accounts x 13 standard KPIs + 8 ticket values.
        assertTrue(robot.lookup(".kpis-step").query() != null);
        assertTrue(labelsContaining(robot, "Will create 8 accounts and 112 KPIs"), "the count includes the custom KPI");
        robot.clickOn("#confirmImportButton");
        assertTrue(text(robot, "#importResult").startsWith("Imported 8 accounts and 112 KPIs"), text(robot, "#importResult"));
        robot.clickOn("#nextButton");

        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        TableView<AccountOverview.AccountSummary> accounts = robot.lookup("#accountsTable").queryTableView();
        var first = accounts.getItems().stream().filter(a -> a.externalId().equals("ACC-1")).findFirst().orElseThrow();
        robot.interact(() -> accounts.getSelectionModel().select(first));
        TableView<DashboardViewModel.KpiLine> explanation = robot.lookup("#explanationTable").queryTableView();
        var tickets = explanation.getItems().stream().filter(l -> l.kpi().kpiName().equals("Open Tickets")).findFirst().orElseThrow();
        // 3 tickets on 19..8.4, lower is better: t = 16/10.6 -> 67 + 33 x 5.4/10.6 = 83.81.
        assertEquals(67 + 33 * 5.4 / 10.6, tickets.kpi().score(), 1e-9);
        robot.interact(() -> {
            explanation.getSelectionModel().select(tickets);
            explanation.scrollTo(tickets);
        });
        Screenshots.save(robot, stage.getScene().getRoot(), "custom-kpi-5-dashboard-large");
        assertFalse(dialogs.errors.stream().findAny().isPresent(), dialogs.errors.toString());
        robot.interact(store::close);
    }

    @Test
    void aCustomKpiCanBeRemovedFromTheFileCheck(FxRobot robot) throws Exception {
        Path file = export();
        robot.interact(() -> shell.open(file));
        robot.clickOn("#makeKpi-Open_Tickets_30d_");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#customCreate");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#checkKpis").contains("and 1 custom KPI"), text(robot, "#checkKpis"));
        robot.clickOn("#removeKpi-Open_Tickets_30d_");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("13 of 13 KPIs found", text(robot, "#checkKpis"));
        assertTrue(robot.lookup("#makeKpi-Open_Tickets_30d_").tryQuery().isPresent(), "the column can be made a KPI again");
        robot.interact(store::close);
    }

    private static boolean labelsContaining(FxRobot robot, String text) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText() != null && l.getText().contains(text));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
