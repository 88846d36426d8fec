package org.csm.onboarding.ui.shell;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import org.csm.onboarding.ui.common.UiContext;
import org.csm.onboarding.ui.onboarding.WizardStep;

/// The wizard frame: a step bar, the current step, and Back / Next / Cancel with the reason
/// Next is disabled. Next on the last step runs `finish`.
final class WizardView extends BorderPane {

    private final List<WizardStep> steps;
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final HBox stepBar = new HBox();
    private final StackPane content = new StackPane();

    WizardView(UiContext ctx, List<WizardStep> steps, int firstStep, String finishKey, Runnable finish, Runnable cancel) {
        this.steps = List.copyOf(steps);
        getStyleClass().add("wizard");
        stepBar.setId("stepBar");
        stepBar.getStyleClass().add("step-bar");
        // The file check comes before step 1 and carries no number, so Goals stays step 1.
        int numbered = 0;
        for (int i = 0; i < steps.size(); i++) {
            String title = ctx.text(steps.get(i).titleKey());
            Label crumb = new Label(steps.get(i).numbered() ? ++numbered + "  " + title : title);
            crumb.getStyleClass().add("step-crumb");
            int target = i;
            // A completed step can be revisited by clicking its pill.
            crumb.setOnMouseClicked(e -> {
                if (target < index.get() && !ctx.tasks().runningProperty().get()) {
                    show(target);
                }
            });
            stepBar.getChildren().add(crumb);
        }
        content.getStyleClass().add("step-content");
        // A checkbox toggles with Space; Enter on it must neither toggle it nor leave the step.
        content.addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.getTarget() instanceof javafx.scene.control.CheckBox) {
                e.consume();
            }
        });
        Button back = new Button(ctx.text("nav.back"));
        back.setId("backButton");
        back.disableProperty().bind(index.isEqualTo(0).or(ctx.tasks().runningProperty()));
        back.setOnAction(e -> show(index.get() - 1));
        Button next = new Button();
        next.setId("nextButton");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        // Enter confirms what is being typed (a weight, a threshold) or does nothing on a
        // checkbox; it moves to the next step only from elsewhere.
        sceneProperty().addListener((o, oldScene, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, a, owner) -> next.setDefaultButton(!capturesEnter(owner)));
            }
        });
        next.textProperty().bind(Bindings.when(index.isEqualTo(steps.size() - 1))
                .then(ctx.text(finishKey)).otherwise(ctx.text("nav.next")));
        next.setOnAction(e -> {
            if (index.get() == this.steps.size() - 1) {
                finish.run();
            } else {
                show(index.get() + 1);
            }
        });
        Button cancelButton = new Button(ctx.text("nav.cancel"));
        cancelButton.setId("cancelButton");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel.run());
        Label reason = new Label();
        reason.setId("blockerLabel");
        reason.getStyleClass().add("blocker");
        reason.setWrapText(true);
        ProgressBar progress = new ProgressBar();
        progress.setId("taskProgress");
        progress.progressProperty().bind(ctx.tasks().progressProperty());
        progress.visibleProperty().bind(ctx.tasks().runningProperty());
        Button stop = new Button(ctx.text("nav.stopTask"));
        stop.setId("stopTaskButton");
        stop.visibleProperty().bind(ctx.tasks().runningProperty());
        stop.setOnAction(e -> ctx.tasks().cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(reason, Priority.SOMETIMES);
        // The buttons keep their labels at any width; the reason beside them wraps instead.
        for (Button b : List.of(stop, cancelButton, back, next)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        reason.setMinWidth(0);
        HBox nav = new HBox(progress, stop, reason, spacer, cancelButton, back, next);
        nav.getStyleClass().add("nav-bar");
        index.addListener((o, a, b) -> {
            ObservableStringValue blocker = this.steps.get(b.intValue()).blocker();
            reason.textProperty().bind(blocker);
            next.disableProperty().bind(Bindings.createBooleanBinding(() -> !blocker.get().isEmpty(), blocker)
                    .or(ctx.tasks().runningProperty()));
        });
        setTop(stepBar);
        setCenter(content);
        setBottom(nav);
        show(firstStep);
    }

    /// Controls where Enter means "done with this field", not "next step".
    static boolean capturesEnter(javafx.scene.Node owner) {
        return owner instanceof javafx.scene.control.TextInputControl || owner instanceof javafx.scene.control.CheckBox
                || owner instanceof javafx.scene.control.Spinner<?> || owner instanceof javafx.scene.control.ComboBoxBase<?>;
    }

    /// Shows step `i` (zero-based) after letting it refresh from the draft.
    void show(int i) {
        WizardStep step = steps.get(i);
        step.enter();
        content.getChildren().setAll(step.view());
        for (int k = 0; k < stepBar.getChildren().size(); k++) {
            var classes = stepBar.getChildren().get(k).getStyleClass();
            classes.removeAll("active", "done");
            if (k < i) {
                classes.add("done");
            } else if (k == i) {
                classes.add("active");
            }
        }
        index.set(i);
    }

    IntegerProperty indexProperty() {
        return index;
    }
}
