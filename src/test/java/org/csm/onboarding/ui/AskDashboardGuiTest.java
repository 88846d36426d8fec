package org.csm.onboarding.ui;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.testdata.CustomerFile;
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

/// The dashboard a CSM works from, on the sample imported twice (the second file makes two
/// accounts worse): the Ask box answering and not understanding, an account's playbooks and
/// "What changed", at 1024x700 and large, light and dark. Saves each to target/screenshots.
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class AskDashboardGuiTest {

    static final String WS = "sample";

    @TempDir
    static Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Store store = Store.open(dir.resolve("db-" + System.nanoTime()));
        OnboardingService onboarding = new OnboardingService(store);
        onboarding.importFile(onboarding.analyze(Path.of("assets/samples/serverless_model_cs_platform.xlsx"), null), WS,
                OnboardingConfig.defaults(), false, Progress.NONE);
        // The next export: Northwind went quiet and error-prone, Helix stopped invoking.
        Path second = CustomerFile.serverless()
                .account("SRVL-3001", "company_name", "Northwind Analytics", "error_rate_pct", 12.5, "days_since_last_invocation", 21.0,
                        "churn_risk", "High", "health_score", 25.0)
                .account("SRVL-3005", "company_name", "Helix Genomics", "days_since_last_invocation", 40.0, "daily_invocations", 40.0,
                        "invocations_30d", 1200.0, "invocation_velocity_change_pct", -70.0)
                .writeXlsx(dir, "second-" + System.nanoTime() + ".xlsx");
        onboarding.importFile(onboarding.analyze(second, null), WS, OnboardingConfig.defaults(), false, Progress.NONE);
        DashboardGui.show(stage, store, new FakeFileOpener(dir), dialogs, WS);
    }

    @Test
    void aCsmAsksOpensAnAccountAndSeesWhatChanged(FxRobot robot) throws Exception {
        DashboardGui.eachLook(robot, stage, suffix -> {
            ask(robot, "production accounts at risk or critical with error rate over 2%");
            assertTrue(text(robot, "#askUnderstood").contains("Error Rate > 2%"), text(robot, "#askUnderstood"));
            assertFalse(robot.lookup("#askRows").queryTableView().getItems().isEmpty());
            shot(robot, "ask-answer" + suffix);

            ask(robot, "how is the weather in paris");
            assertTrue(text(robot, "#askUnderstood").startsWith("Not understood"));
            assertFalse(robot.lookup("#askSuggestions").queryParent().getChildrenUnmodifiable().isEmpty());
            shot(robot, "ask-not-understood" + suffix);

            ask(robot, "what should we do about elastic ai");
            TableView<Integer> rows = robot.lookup("#askRows").queryTableView();
            assertEquals(1, rows.getItems().size());
            robot.interact(() -> rows.getSelectionModel().select(0));
            robot.clickOn(robot.lookup("#askRows .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
            assertTrue(text(robot, "#accountDetailHeader").contains("SRVL-3007"), text(robot, "#accountDetailHeader"));
            assertTrue(robot.lookup("#accountPlaybooks").queryParent().getChildrenUnmodifiable().size() >= 3);
            shot(robot, "account-playbooks" + suffix);

            robot.clickOn("What changed");
            TableView<?> changed = robot.lookup("#whatChangedTable").queryTableView();
            assertEquals(2, changed.getItems().size(), "Northwind and Helix moved band");
            shot(robot, "what-changed" + suffix);
            robot.clickOn("Accounts");
        });
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private static void ask(FxRobot robot, String question) {
        TextField field = robot.lookup("#askField").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(question);
            field.getOnAction().handle(new javafx.event.ActionEvent());
        });
    }

    private static String text(FxRobot robot, String id) {
        return DashboardGui.text(robot, id);
    }

    private static void shot(FxRobot robot, String name) throws Exception {
        DashboardGui.shot(robot, name);
    }
}
