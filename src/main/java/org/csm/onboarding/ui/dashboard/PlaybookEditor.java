package org.csm.onboarding.ui.dashboard;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.csm.onboarding.engine.playbook.PlaybookCatalog;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.service.PlaybookService;
import org.csm.onboarding.ui.common.UiContext;

/// The playbook catalogue editor, opened from the dashboard: the playbooks on the left, the
/// selected one's name, goal, trigger (a KPI with a comparison and value, statuses, or both),
/// steps, owner role and due days on the right. Save stays disabled while a problem is listed;
/// it stores the catalogue with the workspace (off the FX thread) and `saved` refreshes the
/// recommendations. "Reset to defaults" puts the shipped catalogue back in the editor.
final class PlaybookEditor extends Dialog<PlaybookCatalog> {

    private static final String STYLESHEET = "/org/csm/onboarding/ui/app.css";

    private final UiContext ctx;
    private final PlaybookEditorModel model;
    private final BorderPane detail = new BorderPane();

    PlaybookEditor(UiContext ctx, String workspace, PlaybookEditorModel model, Runnable saved) {
        this.ctx = ctx;
        this.model = model;
        setTitle(ctx.text("playbooks.title"));
        setHeaderText(ctx.text("playbooks.header", workspace));
        setResizable(true);
        getDialogPane().getStyleClass().add("playbook-editor");
        var css = PlaybookEditor.class.getResource(STYLESHEET);
        if (css != null) {
            getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        ButtonType save = new ButtonType(ctx.text("playbooks.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(ctx.text("manual.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ListView<PlaybookDraft> list = new ListView<>(model.drafts());
        list.setId("playbookList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PlaybookDraft d, boolean empty) {
                super.updateItem(d, empty);
                textProperty().unbind();
                if (empty || d == null) {
                    setText(null);
                } else {
                    textProperty().bind(d.name);
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> detail.setCenter(d == null ? null : form(d)));
        Button add = new Button(ctx.text("playbooks.add"));
        add.setId("playbookAdd");
        add.setOnAction(e -> list.getSelectionModel().select(model.add(ctx.text("playbooks.newName"))));
        Button remove = new Button(ctx.text("playbooks.remove"));
        remove.setId("playbookRemove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        Button reset = new Button(ctx.text("playbooks.reset"));
        reset.setId("playbookReset");
        reset.setOnAction(e -> {
            model.resetToDefaults();
            list.getSelectionModel().selectFirst();
        });
        VBox left = new VBox(list, new HBox(add, remove), reset);
        left.getStyleClass().add("playbook-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setPrefWidth(220);
        list.setMinWidth(180);
        Label problems = new Label();
        problems.setId("playbookProblems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.textProperty().bind(model.problemsProperty());
        BorderPane content = new BorderPane(detail, null, null, problems, left);
        content.getStyleClass().add("playbook-editor-content");
        getDialogPane().setContent(content);
        // The form needs its width: a dialog otherwise opens at the header text's width.
        getDialogPane().setPrefSize(900, 620);
        getDialogPane().setMinWidth(760);
        getDialogPane().setMinHeight(560);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("playbookSave");
        saveButton.disableProperty().bind(model.problemsProperty().isNotEmpty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes once stored
            store(workspace, saved);
        });
        list.getSelectionModel().selectFirst();
    }

    private void store(String workspace, Runnable saved) {
        PlaybookCatalog catalog = model.build();
        PlaybookService service = new PlaybookService(ctx.store());
        boolean defaults = catalog.equals(PlaybookCatalog.defaults());
        ctx.tasks().run(ctx.text("task.savingPlaybooks"), progress -> {
            if (defaults) {
                service.reset(workspace);
            } else {
                service.save(workspace, catalog);
            }
            return catalog;
        }, c -> {
            setResult(c);
            close();
            saved.run();
        }, ctx::fail);
    }

    private GridPane form(PlaybookDraft d) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("playbook-form");
        grid.setHgap(8);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        TextField name = text("playbookName", d.name);
        TextField goal = text("playbookGoal", d.goal);
        ComboBox<PlaybookDraft.Measure> kpi = new ComboBox<>(FXCollections.observableArrayList(model.measures()));
        kpi.getItems().addFirst(null);
        kpi.setId("playbookKpi");
        kpi.setPromptText(ctx.text("playbooks.noKpi"));
        kpi.setButtonCell(measureCell());
        kpi.setCellFactory(v -> measureCell());
        kpi.valueProperty().bindBidirectional(d.kpi);
        ComboBox<String> op = new ComboBox<>(FXCollections.observableArrayList(PlaybookDraft.OPERATORS));
        op.setId("playbookOp");
        op.valueProperty().bindBidirectional(d.op);
        TextField value = text("playbookValue", d.value);
        value.setPrefColumnCount(8);
        // A label KPI (Expansion Potential) is equal to a text: the operator does not apply.
        op.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> d.kpi.get() == null || !d.kpi.get().numeric(), d.kpi));
        value.disableProperty().bind(d.kpi.isNull());
        kpi.setPrefWidth(250);
        op.setMinWidth(Region.USE_PREF_SIZE);
        value.setMinWidth(90);
        HBox condition = new HBox(6, kpi, op, value);
        HBox.setHgrow(value, Priority.ALWAYS);
        javafx.scene.layout.FlowPane statuses = new javafx.scene.layout.FlowPane(12, 6);
        for (HealthStatus s : HealthStatus.values()) {
            CheckBox box = new CheckBox(ctx.text("status." + s.code()));
            box.setId("playbookStatus-" + s.code());
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.selectedProperty().bindBidirectional(d.status.get(s));
            statuses.getChildren().add(box);
        }
        TextArea steps = new TextArea();
        steps.setId("playbookSteps");
        steps.setPrefRowCount(5);
        steps.setWrapText(true);
        steps.textProperty().bindBidirectional(d.steps);
        ComboBox<String> owner = new ComboBox<>(FXCollections.observableArrayList(model.drafts().stream()
                .map(x -> x.owner.get()).filter(o -> !o.isBlank()).distinct().sorted().toList()));
        owner.setId("playbookOwner");
        owner.setEditable(true);
        owner.getEditor().textProperty().bindBidirectional(d.owner);
        Spinner<Integer> due = new Spinner<>(0, 365, d.dueInDays.get());
        due.setId("playbookDue");
        due.setEditable(true);
        due.valueProperty().addListener((o, a, b) -> d.dueInDays.set(b == null ? 0 : b));
        int row = 0;
        for (var pair : java.util.List.<javafx.util.Pair<String, javafx.scene.Node>>of(
                new javafx.util.Pair<>("playbooks.name", name), new javafx.util.Pair<>("playbooks.goal", goal),
                new javafx.util.Pair<>("playbooks.kpi", condition), new javafx.util.Pair<>("playbooks.status", statuses),
                new javafx.util.Pair<>("playbooks.steps", steps), new javafx.util.Pair<>("playbooks.owner", owner),
                new javafx.util.Pair<>("playbooks.due", due))) {
            Label label = new Label(ctx.text(pair.getKey()));
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, label, pair.getValue());
        }
        Label hint = new Label(ctx.text("playbooks.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        grid.add(hint, 1, row);
        return grid;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private ListCell<PlaybookDraft.Measure> measureCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PlaybookDraft.Measure m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty ? null : m == null ? ctx.text("playbooks.noKpi") : m.label());
            }
        };
    }
}
