package org.csm.onboarding.ui.onboarding.custom;

import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.ui.common.Labels;
import org.csm.onboarding.ui.common.Messages;

/// The small "Make it a KPI" dialog over a [CustomKpiViewModel]: the thresholds arrive
/// suggested, the problem line says what stops the KPI, and Add stays disabled until nothing
/// does. Adding re-reads the file, after which `then` runs (the dialog is closed by then).
public final class CustomKpiDialog extends Dialog<Void> {

    // A dialog has its own scene, so the app's stylesheet is added to it too.
    private static final String STYLESHEET = "/org/csm/onboarding/ui/app.css";

    public CustomKpiDialog(CustomKpiViewModel model, Messages m, Runnable then) {
        setTitle(m.text("custom.title", model.column()));
        setHeaderText(m.text("custom.header", model.column()));
        setResizable(true);
        ButtonType add = new ButtonType(m.text("custom.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.text("custom.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(add, cancel);
        getDialogPane().getStyleClass().add("custom-kpi");
        var css = CustomKpiDialog.class.getResource(STYLESHEET);
        if (css != null) {
            getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        TextField name = new TextField();
        name.setId("customName");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField critical = new TextField();
        critical.setId("customCritical");
        critical.textProperty().bindBidirectional(model.criticalProperty());
        TextField healthy = new TextField();
        healthy.setId("customHealthy");
        healthy.textProperty().bindBidirectional(model.healthyProperty());
        int row = 0;
        grid.addRow(row++, new Label(m.text("custom.name")), name);
        grid.addRow(row++, new Label(m.text("custom.category")),
                choice("customCategory", Category.values(), model.categoryProperty(), Category::label));
        grid.addRow(row++, new Label(m.text("custom.direction")), choice("customDirection",
                new Direction[] {Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER}, model.directionProperty(),
                d -> m.text("custom.direction." + d.label())));
        grid.addRow(row++, new Label(m.text("custom.impact")), choice("customImpact", Impact.values(), model.impactProperty(), Impact::label));
        grid.addRow(row++, new Label(m.text("custom.frequency")),
                choice("customFrequency", Frequency.values(), model.frequencyProperty(), Frequency::label));
        grid.addRow(row++, new Label(m.text("custom.critical")), critical);
        grid.addRow(row, new Label(m.text("custom.healthy")), healthy);
        Label note = Labels.wrapping("customNote", "evidence");
        note.textProperty().bind(model.noteProperty());
        Label problem = Labels.wrapping("customProblem", "problem-text");
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox content = new VBox(10, grid, note, problem);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        Button addButton = (Button) getDialogPane().lookupButton(add);
        addButton.setId("customCreate");
        addButton.disableProperty().bind(model.problem().isNotEmpty());
        addButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.create(then)) {
                e.consume();
            }
        });
        ((Button) getDialogPane().lookupButton(cancel)).setId("customCancel");
    }

    private static <T> ComboBox<T> choice(String id, T[] values, ObjectProperty<T> property, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}
