package org.csm.onboarding.ui.onboarding.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.ImportRecord;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.ui.common.FileOpener;
import org.csm.onboarding.ui.common.RecordingDialogs;
import org.csm.onboarding.ui.common.FakeFileOpener;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.SameThreadRunner;
import org.csm.onboarding.ui.common.UiContext;

/// The hand-entry dialog, headless: Save waits for id and name, a bad number is shown under
/// its field and stores nothing, a corrected form saves, closes and reports back.
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ManualAccountDialogGuiTest {

    @TempDir
    static Path dataDir;

    private final List<ImportRecord> saved = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Store store;
    private UiContext ctx;

    @Start
    void start(Stage stage) throws Exception {
        store = Store.open(dataDir.resolve("db-" + System.nanoTime()));
        FileOpener files = new FakeFileOpener(null);
        ctx = UiContext.of(store, Messages.load(Locale.ROOT), new SameThreadRunner(), files, dialogs);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        ManualAccountDialog.open(ctx, stage, "gui", null, null, saved::add);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(store::close);
    }

    @Test
    void aBadNumberIsShownOnItsFieldThenTheCorrectedAccountIsSaved(FxRobot robot) throws Exception {
        Button save = robot.lookup("#manualSave").queryButton();
        assertTrue(save.isDisabled(), "Save waits for id and name");
        TextField id = robot.lookup("#manualId").queryAs(TextField.class);
        TextField name = robot.lookup("#manualName").queryAs(TextField.class);
        TextField daily = robot.lookup("#manualKpi-daily_invocations").queryAs(TextField.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> churn = robot.lookup("#manualKpi-churn_risk").queryAs(ComboBox.class);
        robot.interact(() -> {
            id.setText("GUI-1");
            name.setText("Gui Corp");
            daily.setText("twelve");
            churn.setValue("Low");
        });
        assertFalse(save.isDisabled());

        robot.interact(save::fire);
        Label error = robot.lookup("#manualError-daily_invocations").queryAs(Label.class);
        assertTrue(error.isVisible() && error.getText().contains("twelve"), error.getText());
        assertTrue(saved.isEmpty());
        WorkspaceService workspaces = new WorkspaceService(store);
        assertTrue(workspaces.imports("gui").isEmpty(), "nothing stored while the form has errors");

        Window dialog = save.getScene().getWindow();
        robot.interact(() -> daily.setText("450"));
        robot.interact(save::fire);

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(1, saved.size());
        assertFalse(dialog.isShowing(), "the dialog closes after saving");
        assertEquals("GUI-1", workspaces.scores("gui").getFirst().externalAccountId());
    }
}
