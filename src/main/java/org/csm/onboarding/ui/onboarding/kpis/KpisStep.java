package org.csm.onboarding.ui.onboarding.kpis;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.onboarding.OnboardingSession;
import org.csm.onboarding.ui.onboarding.StepView;

/// Step 5's view: the summary, KPI records grouped by category, Confirm and "Add another file".
public final class KpisStep extends StepView<KpisViewModel> {

    private final TreeTableView<String[]> tree = new TreeTableView<>();
    private final Messages m;

    /// `imported` runs once the data is stored; `addAnother` returns to the start screen.
    public KpisStep(OnboardingSession session, Runnable imported, Runnable addAnother) {
        super("step.kpis", new KpisViewModel(session));
        this.m = session.context().messages();
        root.getStyleClass().addAll("step", "kpis-step");
        Label summary = new Label();
        summary.setId("kpiSummary");
        summary.getStyleClass().add("section-title");
        // What the import does (new / updated / unchanged, rows in error) wraps rather than being cut.
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        tree.setId("kpiTree");
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String[] titles = {m.text("kpis.col.kpi"), m.text("col.account"), m.text("kpis.col.value"), m.text("ranges.col.impact"),
            m.text("kpis.col.frequency")};
        for (int i = 0; i < titles.length; i++) {
            int index = i;
            TreeTableColumn<String[], String> column = new TreeTableColumn<>(titles[i]);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue()[index]));
            tree.getColumns().add(column);
        }
        tree.getColumns().getFirst().setPrefWidth(260);
        CheckBox skip = new CheckBox(m.text("kpis.skipInvalid"));
        skip.setId("skipInvalidRows");
        skip.selectedProperty().bindBidirectional(model.skipInvalidRowsProperty());
        Button confirm = new Button(m.text("kpis.confirm"));
        confirm.setId("confirmImportButton");
        confirm.getStyleClass().add("accent");
        confirm.disableProperty().bind(model.importedProperty().or(session.context().tasks().runningProperty()));
        confirm.setOnAction(e -> model.confirm(imported));
        Button another = new Button(m.text("kpis.addAnother"));
        another.setId("addAnotherButton");
        another.visibleProperty().bind(model.importedProperty());
        another.setOnAction(e -> addAnother.run());
        Label result = new Label();
        result.setId("importResult");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        HBox actions = new HBox(confirm, skip, another);
        actions.getStyleClass().add("button-row");
        Label hint = new Label(m.text("kpis.previewHint"));
        hint.getStyleClass().add("evidence");
        root.getChildren().addAll(summary, hint, tree, actions, result);
        VBox.setVgrow(tree, Priority.ALWAYS);
    }

    private void fill() {
        TreeItem<String[]> top = new TreeItem<>(new String[5]);
        for (var group : model.recordsByCategory().entrySet()) {
            Category c = group.getKey();
            List<KpiRecord> records = group.getValue();
            TreeItem<String[]> node = new TreeItem<>(new String[] {m.text("kpis.group", c.label(), records.size()), "", "", "", ""});
            node.setExpanded(true);
            for (KpiRecord k : records) {
                node.getChildren().add(new TreeItem<>(new String[] {k.kpiName(), k.accountName(),
                    k.label() != null ? k.label() : Formats.kpiValue(k.kpiKey(), k.value()), k.impact().label(), k.frequency().label()}));
            }
            top.getChildren().add(node);
        }
        tree.setRoot(top);
    }

    @Override
    public void enter() {
        super.enter();
        fill();
    }
}
