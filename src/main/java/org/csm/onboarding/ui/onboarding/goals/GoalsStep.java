package org.csm.onboarding.ui.onboarding.goals;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.csm.onboarding.model.Goal;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.onboarding.OnboardingSession;
import org.csm.onboarding.ui.onboarding.StepView;

/// Step 1's view: a checkbox per goal with the evidence under it, then the company profile.
public final class GoalsStep extends StepView<GoalsViewModel> {

    /// Held so the bidirectional binding to the spinner is not garbage-collected.
    private final javafx.beans.property.ObjectProperty<Integer> accountCount;

    public GoalsStep(OnboardingSession session) {
        super("step.goals", new GoalsViewModel(session));
        this.accountCount = model.accountCountProperty().asObject();
        Messages m = session.context().messages();
        root.getStyleClass().addAll("step", "goals-step");
        Label intro = new Label(m.text("goals.intro"));
        intro.getStyleClass().add("step-intro");
        intro.setWrapText(true);
        VBox goals = new VBox();
        goals.getStyleClass().add("goal-list");
        for (Goal g : Goal.values()) {
            CheckBox box = new CheckBox(m.text("goal." + g.code()));
            box.setId("goal-" + g.code());
            box.selectedProperty().bindBidirectional(model.selectedProperty(g));
            Label why = new Label();
            why.textProperty().bind(model.evidenceProperty(g));
            why.getStyleClass().add("evidence");
            goals.getChildren().add(new VBox(box, why));
        }
        GridPane profile = new GridPane();
        profile.getStyleClass().add("form-grid");
        TextField industry = new TextField();
        industry.setId("industryField");
        industry.textProperty().bindBidirectional(model.industryProperty());
        ComboBox<String> size = new ComboBox<>();
        size.setId("sizeField");
        size.setEditable(true);
        size.getItems().addAll("Enterprise", "Mid-market", "SMB");
        size.valueProperty().bindBidirectional(model.companySizeProperty());
        Spinner<Integer> count = new Spinner<>(0, 10_000_000, 0);
        count.setId("accountCountField");
        count.setEditable(true);
        count.getValueFactory().valueProperty().bindBidirectional(accountCount);
        profile.addRow(0, new Label(m.text("goals.industry")), industry);
        profile.addRow(1, new Label(m.text("goals.size")), size);
        profile.addRow(2, new Label(m.text("goals.accounts")), count);
        Label profileTitle = new Label(m.text("goals.profile"));
        profileTitle.getStyleClass().add("section-title");
        Label goalsTitle = new Label(m.text("goals.title"));
        goalsTitle.getStyleClass().add("section-title");
        root.getChildren().addAll(intro, goalsTitle, goals, profileTitle, profile);
    }

}
