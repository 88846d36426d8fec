package org.csm.onboarding.ui.onboarding.weights;

import java.util.Locale;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.ui.common.Tables;
import org.csm.onboarding.ui.onboarding.OnboardingSession;
import org.csm.onboarding.ui.onboarding.StepView;
import org.csm.onboarding.ui.onboarding.custom.CategoryKpis;

/// Step 2's view: a slider and a number field per category with the seed's rationale, live
/// status counts, and the accounts whose status differs from the recommended weights.
public final class WeightsStep extends StepView<WeightsViewModel> {



    public WeightsStep(OnboardingSession session) {
        super("step.weights", new WeightsViewModel(session));
        Messages m = session.context().messages();
        root.getStyleClass().addAll("step", "weights-step");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        for (Category c : Category.values()) {
            String key = c.name().toLowerCase(Locale.ROOT);
            Label name = new Label(c.label());
            name.getStyleClass().add("weight-name");
            Slider slider = new Slider(0, WeightsViewModel.TOTAL, model.weightProperty(c).get());
            slider.setId("weight-" + key);
            slider.setBlockIncrement(1);
            GridPane.setHgrow(slider, Priority.ALWAYS);
            Spinner<Integer> number = new Spinner<>(0, WeightsViewModel.TOTAL, model.weightProperty(c).get());
            number.setId("weightValue-" + key);
            number.setEditable(true);
            number.getStyleClass().add("weight-spinner");
            slider.valueProperty().addListener((o, a, b) -> model.setWeight(c, (int) Math.round(b.doubleValue())));
            number.valueProperty().addListener((o, a, b) -> model.setWeight(c, b == null ? 0 : b));
            model.weightProperty(c).addListener((o, a, b) -> {
                slider.setValue(b.intValue());
                number.getValueFactory().setValue(b.intValue());
            });
            Label rationale = CategoryKpis.label(session, c, m.text("weights.rationale." + key));
            rationale.getStyleClass().add("evidence");
            rationale.setWrapText(true);
            grid.addRow(row++, name, slider, number);
            grid.add(rationale, 1, row++, 2, 1);
        }
        Button reset = new Button(m.text("weights.reset"));
        reset.setId("resetWeightsButton");
        reset.setOnAction(e -> model.resetToRecommended());
        HBox counts = new HBox();
        counts.getStyleClass().add("count-strip");
        for (HealthStatus s : HealthStatus.values()) {
            Label count = new Label();
            count.setId("count-" + s.code());
            count.getStyleClass().addAll("count-chip", "status-" + s.code());
            // Grouped like every count in the wizard ("Healthy: 12,480").
            count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.text("status." + s.code()) + ": "
                    + org.csm.onboarding.ui.common.Formats.count(model.countProperty(s).get()), model.countProperty(s)));
            counts.getChildren().add(count);
        }
        TableView<WeightsViewModel.StatusChange> changes = Tables.table("weightChangesTable", m.text("weights.noChanges"));
        changes.getColumns().add(Tables.column(m.text("col.account"), WeightsViewModel.StatusChange::name));
        changes.getColumns().add(Tables.column(m.text("weights.col.recommended"),
                ch -> m.text("status." + ch.recommended().code()) + " (" + Formats.score(ch.recommendedScore()) + ")"));
        changes.getColumns().add(Tables.column(m.text("weights.col.chosen"),
                ch -> m.text("status." + ch.chosen().code()) + " (" + Formats.score(ch.chosenScore()) + ")"));
        changes.setItems(model.changes());
        changes.setPrefHeight(140);
        Label intro = new Label(m.text("weights.intro"));
        intro.getStyleClass().add("step-intro");
        intro.setWrapText(true);
        Label changesTitle = new Label(m.text("weights.changes"));
        changesTitle.getStyleClass().add("section-title");
        VBox.setVgrow(changes, Priority.ALWAYS);
        changes.setMinHeight(150);
        scrollable("weightsScroll", intro, grid, new HBox(reset), counts, changesTitle, changes);
    }
}
