package org.csm.onboarding.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.csm.onboarding.ui.onboarding.check.FileCheckViewModel;
import java.util.List;
import javafx.stage.Stage;
import org.csm.onboarding.engine.validate.DuplicatePolicy;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.testdata.CustomerFile;
import org.csm.onboarding.ui.common.RecordingDialogs;
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

/// The file check on a CRM-style export that is not the sample: two KPIs of 13, a repeated id,
/// a column the matcher leaves alone. Covers the coverage warning, the duplicate choice, fixing
/// a column there (and a taken field asking first), and the coverage gate at import.
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class FileCheckGuiTest {

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

    private Path crmExport() throws Exception {
        return CustomerFile.withHeaders("Account ID", "Account Name", "MRR (USD)", "Health", "Calls Yesterday", "Notes")
                .row("ACC-1", "Blue Heron Ltd", 1200.0, 55.0, 300.0, "renewal in May")
                .row("ACC-2", "Orbital Media", 800.0, 71.0, 120.0, "")
                .row("acc-1", "Pine & Co", 4000.0, 22.0, 900.0, "merged?")
                .row("ACC-3", "Lumen Bank", 15000.0, 64.0, 5000.0, "")
                .writeXlsx(dir, "crm-export.xlsx");
    }

    @Test
    void theFileCheckSaysWhatTheFileIsAndLetsTheCsmFixItBeforeStepOne(FxRobot robot) throws Exception {
        Path file = crmExport();
        robot.interact(() -> shell.open(file));
        assertEquals("File check", robot.lookup(".step-crumb.active").queryAs(Label.class).getText());
        String fileText = text(robot, "#checkFile");
        assertTrue(fileText.contains("Excel workbook") && fileText.contains("header on row 1"), fileText);
        assertTrue(text(robot, "#checkKpis").contains("2 of 13 KPIs found"), text(robot, "#checkKpis"));
        String missing = text(robot, "#checkMissing");
        assertTrue(missing.contains("Daily Invocations") && missing.contains("confirm"), missing);
        assertTrue(robot.lookup("#checkMissing").query().getStyleClass().contains("check-warning"));
        assertTrue(text(robot, "#checkRequired").contains("Customer ID * from column \"Account ID\""), text(robot, "#checkRequired"));
        // Both rows of the repeated id side by side, with every cell.
        TableView<FileCheckViewModel.DuplicateLine> duplicates = robot.lookup("#duplicatesTable").query();
        assertTrue(duplicates.isVisible());
        assertEquals(List.of(2, 4), duplicates.getItems().stream().map(FileCheckViewModel.DuplicateLine::row).toList());
        assertTrue(duplicates.getItems().get(0).cells().contains("Blue Heron Ltd")
                && duplicates.getItems().get(1).cells().contains("Pine & Co"), duplicates.getItems().toString());
        assertEquals(List.of("kept for now", "in error: choose"), outcomes(duplicates));
        assertTrue(robot.lookup("#nextButton").query().isDisabled() == false, "a file check never blocks a mappable file");
        Screenshots.save(robot, stage.getScene().getRoot(), "check-1-file-check-1024x700");

        // Keep the last row: the Pine & Co row replaces Blue Heron's, one row skipped with the reason.
        ComboBox<DuplicatePolicy> choice = robot.lookup("#duplicateChoice").query();
        robot.interact(() -> choice.setValue(DuplicatePolicy.LAST));
        assertEquals(List.of("skipped", "kept"), outcomes(duplicates));
        assertTrue(text(robot, "#checkAccounts").startsWith("3 accounts"), text(robot, "#checkAccounts"));

        // This id alone: keep neither row, then back to the choice for all.
        ComboBox<DuplicatePolicy> keep = keepChoice(robot, "#keep-ACC_1");
        robot.interact(() -> keep.setValue(DuplicatePolicy.NEITHER));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("skipped", "skipped"), outcomes(duplicates));
        assertTrue(text(robot, "#checkAccounts").startsWith("2 accounts"), text(robot, "#checkAccounts"));
        Screenshots.save(robot, stage.getScene().getRoot(), "check-7-duplicates-side-by-side-1024x700");
        ComboBox<DuplicatePolicy> again = keepChoice(robot, "#keep-ACC_1");
        robot.interact(() -> again.setValue(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("skipped", "kept"), outcomes(duplicates));

        // "Calls Yesterday" is left for the CSM; mapping it here adds a KPI, and step 4 shows the same.
        TableView<FileCheckViewModel.ColumnRow> columns = robot.lookup("#checkColumnsTable").query();
        robot.interact(() -> columns.scrollTo(columns.getItems().stream().map(FileCheckViewModel.ColumnRow::header).toList()
                .indexOf("Calls Yesterday")));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Field> calls = robot.lookup("#field-Calls_Yesterday").queryAs(ComboBox.class);
        robot.interact(() -> calls.setValue(Field.DAILY_INVOCATIONS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#checkKpis").contains("3 of 13 KPIs found"), text(robot, "#checkKpis"));

        // A field another column feeds is shown as taken and moving it asks first; "no" keeps both.
        dialogs.answer = false;
        robot.interact(() -> columns.scrollTo(columns.getItems().stream().map(FileCheckViewModel.ColumnRow::header).toList()
                .indexOf("Notes")));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Field> notes = robot.lookup("#field-Notes").queryAs(ComboBox.class);
        robot.interact(() -> notes.setValue(Field.MONTHLY_SPEND));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.confirmations.getLast().contains("\"MRR (USD)\""), dialogs.confirmations.toString());
        assertTrue(text(robot, "#checkKpis").contains("3 of 13 KPIs found"), "refusing the move changes nothing");
        dialogs.answer = true;

        robot.interact(() -> shell.darkTheme().set(true));
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        Screenshots.save(robot, stage.getScene().getRoot(), "check-2-fixed-dark-large");
        robot.interact(() -> shell.darkTheme().set(false));

        // Through the steps to the import: the coverage gate asks, naming what is missing.
        for (String step : new String[] {"1  Goals", "2  Weights", "3  Ranges", "4  Accounts", "5  KPIs"}) {
            if (step.startsWith("2")) {
                robot.interact(() -> robot.lookup("#industryField").queryAs(javafx.scene.control.TextField.class).setText("Media"));
            }
            robot.clickOn("#nextButton");
            assertEquals(step, robot.lookup(".step-crumb.active").queryAs(Label.class).getText(),
                    () -> text(robot, "#blockerLabel"));
            if (step.startsWith("2")) {
                // Steps 2 and 3 say which KPIs the file has, and that a category has none.
                String support = text(robot, "#categoryKpis-support");
                assertTrue(support.contains("No KPI of this category in this file") && support.contains("shared among the other"),
                        support);
                assertTrue(text(robot, "#categoryKpis-business_outcomes").contains("In this file: Monthly Spend"),
                        text(robot, "#categoryKpis-business_outcomes"));
                Screenshots.save(robot, stage.getScene().getRoot(), "check-5-weights-file-kpis-large");
            }
            if (step.startsWith("3")) {
                assertTrue(text(robot, "#rangesFileKpis").contains("3 of 13 KPIs found"), text(robot, "#rangesFileKpis"));
                Screenshots.save(robot, stage.getScene().getRoot(), "check-6-ranges-file-kpis-large");
            }
            if (step.startsWith("4")) {
                // The preview shows the KPI values as read; the skipped duplicate row can be downloaded with its reason.
                robot.clickOn("Account preview");
                Screenshots.save(robot, stage.getScene().getRoot(), "check-4-preview-numbers-large");
                robot.clickOn("Data quality");
                robot.clickOn("#rejectedRowsButton");
                java.util.List<String> lines = java.nio.file.Files.readAllLines(dir.resolve("crm-export-rejected-rows.csv"));
                assertEquals(2, lines.size(), lines::toString);
                assertTrue(lines.get(1).startsWith("2,ACC-1,Blue Heron Ltd") && lines.get(1).contains("last row is kept"), lines.get(1));
                robot.clickOn("Column mapping");
            }
        }
        dialogs.answer = false;
        robot.clickOn("#confirmImportButton");
        String asked = dialogs.confirmations.getLast();
        assertTrue(asked.contains("3 of 13 KPIs found") && asked.contains("Churn Risk Score"), asked);
        assertTrue(text(robot, "#importResult").startsWith("Not imported"), text(robot, "#importResult"));
        assertTrue(store.transaction(tx -> new org.csm.onboarding.store.WorkspaceRepository().find(tx, "crm-export")).isEmpty());
        Screenshots.save(robot, stage.getScene().getRoot(), "check-3-coverage-gate-refused-large");
        dialogs.answer = true;
        robot.clickOn("#confirmImportButton");
        assertTrue(text(robot, "#importResult").startsWith("Imported 3 accounts"), text(robot, "#importResult"));
        assertFalse(dialogs.errors.stream().findAny().isPresent(), dialogs.errors.toString());
        robot.interact(store::close);
    }

    private static List<String> outcomes(TableView<FileCheckViewModel.DuplicateLine> table) {
        return table.getItems().stream().map(FileCheckViewModel.DuplicateLine::outcome).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /// The per-id choice in the duplicates table: its cells are made again at the next layout
    /// pulse after a choice changes the rows, so the lookup waits for them (on a loaded machine
    /// the pulse can come after the change's own events).
    @SuppressWarnings("unchecked")
    private static ComboBox<DuplicatePolicy> keepChoice(FxRobot robot, String query) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).queryAs(ComboBox.class);
    }
}
