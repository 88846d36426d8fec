package org.csm.onboarding.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.ui.common.RecordingDialogs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Enter in a field or on a checkbox stays on the step; clicking a completed step's pill goes back to it.
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class WizardKeysGuiTest {

    @TempDir
    static Path dir;

    private Store store;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        WizardGui gui = WizardGui.open(stage, dir, new RecordingDialogs());
        store = gui.store();
    }

    @Test
    void enterConfirmsAFieldOrDoesNothingOnACheckboxAndPillsGoBack(FxRobot robot) throws Exception {
        robot.clickOn("#sampleButton");
        robot.clickOn("#nextButton");
        CheckBox goal = robot.lookup("#goal-reduce_churn").queryAs(CheckBox.class);
        boolean before = goal.isSelected();
        robot.interact(goal::requestFocus);
        robot.type(KeyCode.ENTER);
        assertEquals(before, goal.isSelected(), "Enter does not toggle a goal");
        assertEquals("1  Goals", active(robot));
        Screenshots.save(robot, stage.getScene().getRoot(), "keys-goal-focus-ring-1024x700");

        robot.clickOn("#nextButton");
        assertEquals("2  Weights", active(robot));
        Spinner<?> weight = robot.lookup(".weight-spinner").queryAs(Spinner.class);
        robot.interact(() -> weight.getEditor().requestFocus());
        robot.type(KeyCode.ENTER);
        assertEquals("2  Weights", active(robot), "Enter in a weight box stays on the weights step");

        robot.clickOn("1  Goals");
        assertEquals("1  Goals", active(robot), "a completed step's pill leads back to it");
        assertTrue(robot.lookup("#goal-reduce_churn").tryQuery().isPresent());
        robot.interact(store::close);
    }

    private static String active(FxRobot robot) {
        return robot.lookup(".step-crumb.active").queryAs(Label.class).getText();
    }
}
