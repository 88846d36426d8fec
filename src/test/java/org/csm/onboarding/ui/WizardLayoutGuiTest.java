package org.csm.onboarding.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.ui.common.RecordingDialogs;
import org.csm.onboarding.ui.onboarding.DraftStore;
import org.csm.onboarding.ui.shell.AppShell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Defects of issue 7's walk-through on the ranges step: an error message squeezed Cancel / Back /
/// Next to "Ca..." at 980 and 1024 px, and the Health Score row said 3/6 while the notice said 30/60.
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class WizardLayoutGuiTest {

    @TempDir
    static Path dir;

    private Store store;
    private Stage stage;
    private AppShell shell;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        WizardGui gui = WizardGui.open(stage, dir, new RecordingDialogs());
        store = gui.store();
        shell = gui.shell();
    }

    @Test
    void theRangesStepKeepsItsButtonsWholeWithAnErrorAndShowsHealthScoreOnTheFilesScale(FxRobot robot) throws Exception {
        robot.clickOn("#sampleButton");
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        // Step 2 names the file's KPIs per category and still fits 1024x700.
        String usage = robot.lookup("#categoryKpis-product_usage").queryAs(Label.class).getText();
        assertTrue(usage.contains("In this file: Daily Invocations, Monthly Invocations"), usage);
        Screenshots.save(robot, stage.getScene().getRoot(), "layout-weights-1024x700");
        robot.clickOn("#nextButton");
        assertEquals("3  Ranges", robot.lookup(".step-crumb.active").queryAs(Label.class).getText());

        // The sample's health_score runs 4-71: the notice says 30 and 60, and so does the table.
        String notice = robot.lookup("#scaleNotice").queryAs(Label.class).getText();
        assertTrue(notice.contains("thresholds 30 and 60"), notice);
        assertEquals("30", cell(robot, "Health Score", "Critical").getText());
        assertEquals("60", cell(robot, "Health Score", "Healthy").getText());
        // Thresholds carry grouping: 500,000 not 500000.
        assertEquals("500,000", cell(robot, "P95 Latency", "Critical").getText());

        // A critical threshold above the healthy one: the blocker explains it beside the buttons.
        robot.doubleClickOn(cell(robot, "Daily Invocations", "Critical"));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("900").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String blocker = robot.lookup("#blockerLabel").queryAs(Label.class).getText();
        assertFalse(blocker.isEmpty(), "the invalid range blocks Next with a reason");
        for (double width : new double[] {980, 1024}) {
            robot.interact(() -> stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : new String[] {"#cancelButton", "#backButton", "#nextButton"}) {
                Button b = robot.lookup(id).queryAs(Button.class);
                Text shown = (Text) b.lookup(".text");
                assertEquals(b.getText(), shown.getText(), id + " is cut at " + width + " px");
            }
            Screenshots.save(robot, stage.getScene().getRoot(), "layout-ranges-error-" + (int) width + "x700");
        }

        // A Health Score threshold typed on the file's scale is kept on the config's 0-10 scale.
        robot.doubleClickOn(cell(robot, "Health Score", "Critical"));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("25").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var saved = new DraftStore(store.dataDir()).load().orElseThrow();
        assertEquals(2.5, saved.config().ranges().get("health_score").critical(), "30 x 0.1 would leave 2.5000000000000004");
        assertEquals("25", cell(robot, "Health Score", "Critical").getText());
        String edited = robot.lookup("#scaleNotice").queryAs(Label.class).getText();
        assertTrue(edited.contains("thresholds 25 and 60"), edited);

        robot.interact(() -> shell.darkTheme().set(true));
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(860);
        });
        Screenshots.save(robot, stage.getScene().getRoot(), "layout-ranges-error-dark-large");
        robot.interact(store::close);
    }

    @SuppressWarnings("unchecked")
    private static TableCell<?, ?> cell(FxRobot robot, String kpi, String column) {
        TableView<org.csm.onboarding.ui.onboarding.ranges.RangeRow> table = robot.lookup("#rangesTable").queryAs(TableView.class);
        int index = table.getItems().stream().map(r -> r.kpi().name()).toList().indexOf(kpi);
        robot.interact(() -> table.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getText()))
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && kpi.equals(((org.csm.onboarding.ui.onboarding.ranges.RangeRow) c.getTableRow().getItem()).kpi().name()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + kpi + " / " + column));
    }
}
