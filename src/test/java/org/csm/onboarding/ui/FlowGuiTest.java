package org.csm.onboarding.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;


import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.csm.onboarding.service.AccountOverview.AccountSummary;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.ui.common.FileOpener;
import org.csm.onboarding.ui.common.RecordingDialogs;
import org.csm.onboarding.ui.common.FakeFileOpener;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.SameThreadRunner;
import org.csm.onboarding.ui.common.UiContext;
import org.csm.onboarding.ui.onboarding.DraftStore;
import org.csm.onboarding.ui.shell.AppShell;

/// Drives the whole flow on the bundled sample, headless: start, the five steps, import, the
/// dashboard, an account's explanation, export, and a weight change. Saves a PNG of each screen
/// in target/screenshots.
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class FlowGuiTest {

    @TempDir
    static Path dataDir;
    @TempDir
    static Path exportDir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = Store.open(dataDir.resolve("db-" + System.nanoTime()));
        FileOpener files = new FakeFileOpener(exportDir);
        UiContext ctx = UiContext.of(store, Messages.load(java.util.Locale.ROOT), new SameThreadRunner(), files, dialogs);
        stage.setScene(DesktopApp.scene(new AppShell(ctx, new DraftStore(store.dataDir()))));
        stage.show();
    }

    @Test
    void sampleGoesFromStartThroughEveryStepToTheDashboardAndBack(FxRobot robot) throws Exception {
        shot(robot, "0-start");
        robot.clickOn("#sampleButton");
        assertTrue(robot.lookup("#checkKpis").queryAs(Label.class).getText().contains("13 of 13 KPIs found"));
        shot(robot, "0-file-check");
        robot.clickOn("#nextButton");
        assertTrue(robot.lookup("#goal-reduce_churn").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        shot(robot, "1-goals");
        String[] steps = {"2-weights", "3-ranges", "4-accounts", "5-kpis"};
        for (String step : steps) {
            robot.clickOn("#nextButton");
            shot(robot, step);
            if (step.equals("3-ranges")) {
                TableView<?> ranges = robot.lookup("#rangesTable").queryTableView();
                robot.interact(() -> ranges.scrollTo(ranges.getItems().size() - 1));
                shot(robot, "3-ranges-end");
            }
            if (step.equals("4-accounts")) {
                robot.clickOn("Account preview");
                shot(robot, "4-accounts-preview");
                robot.clickOn("Data quality");
                shot(robot, "4-accounts-quality");
                robot.clickOn("Column mapping");
            }
        }
        assertTrue(robot.lookup("#nextButton").query().isDisabled(), "KPIs step waits for the import");
        robot.clickOn("#confirmImportButton");
        assertTrue(robot.lookup("#importResult").queryAs(Label.class).getText().contains("35"));
        shot(robot, "5-kpis-imported");
        robot.clickOn("#nextButton");

        TableView<AccountSummary> accounts = robot.lookup("#accountsTable").queryTableView();
        assertEquals(35, accounts.getItems().size());
        AccountSummary elastic = accounts.getItems().stream().filter(a -> a.externalId().equals("SRVL-3007")).findFirst().orElseThrow();
        assertEquals("52.83", String.format(java.util.Locale.ROOT, "%.2f", elastic.score().overall()));
        robot.interact(() -> {
            accounts.getSelectionModel().select(elastic);
            accounts.scrollTo(elastic);
        });
        String detail = robot.lookup("#accountDetailHeader").queryAs(Label.class).getText();
        assertTrue(detail.contains("52.83") && detail.contains("At Risk"), detail);
        assertFalse(robot.lookup("#explanationTable").queryTableView().getItems().isEmpty());
        shot(robot, "6-dashboard");
        robot.clickOn("Charts");
        shot(robot, "7-dashboard-charts");
        robot.clickOn("Accounts");

        robot.clickOn("#exportButton");
        Path exported = exportDir.resolve("serverless_model_cs_platform-scores.xlsx");
        assertTrue(Files.size(exported) > 0, "export written");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        robot.clickOn("#changeConfigButton");
        Slider usage = robot.lookup("#weight-product_usage").queryAs(Slider.class);
        robot.interact(() -> usage.setValue(5));
        shot(robot, "8-change-weights");
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        Label banner = robot.lookup("#changesBanner").queryAs(Label.class);
        assertTrue(banner.isVisible() && !banner.getText().isEmpty(), banner.getText());
        shot(robot, "9-dashboard-after-change");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        robot.interact(store::close);
    }

    /// Writes the window to PNG without javafx-swing: pixel by pixel into a BufferedImage.
    private static void shot(FxRobot robot, String name) throws Exception {
        Screenshots.save(robot, robot.listTargetWindows().getFirst().getScene().getRoot(), name);
    }
}
