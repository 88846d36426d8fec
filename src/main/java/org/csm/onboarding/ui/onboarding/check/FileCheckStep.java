package org.csm.onboarding.ui.onboarding.check;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.csm.onboarding.engine.validate.DuplicatePolicy;
import org.csm.onboarding.ui.common.Labels;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.Tables;
import org.csm.onboarding.ui.onboarding.FieldChooser;
import org.csm.onboarding.ui.onboarding.OnboardingSession;
import org.csm.onboarding.ui.onboarding.StepView;
import org.csm.onboarding.ui.onboarding.custom.CustomKpiAction;

/// The file check's view: one screen of facts about the file, the duplicate-id choice, and the
/// columns worth a look, each with the field picker step 4 uses.
public final class FileCheckStep extends StepView<FileCheckViewModel> {

    private final VBox duplicatesBox = new VBox();
    private Label missingLabel;
    private final javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane();

    public FileCheckStep(OnboardingSession session) {
        super("step.check", new FileCheckViewModel(session));
        Messages m = session.context().messages();
        root.getStyleClass().addAll("step", "check-step");
        Label file = bound("checkFile", model.fileProperty(), "section-title");
        Label accounts = bound("checkAccounts", model.accountsProperty(), null);
        Label kpis = bound("checkKpis", model.kpisProperty(), "check-kpis");
        Label missing = bound("checkMissing", model.missingProperty(), null);
        missingLabel = missing;
        model.tooFewProperty().addListener((o, a, few) -> style(missing, few));
        Label required = bound("checkRequired", model.requiredProperty(), null);
        Label problems = bound("checkProblems", model.problemsProperty(), null);

        TableView<FileCheckViewModel.DuplicateLine> dupTable = DuplicatesTable.create(model, m, this::refresh);
        dupTable.setPrefHeight(120);
        dupTable.setMinHeight(70);
        session.loadedProperty().addListener((o, a, b) -> DuplicatesTable.columns(dupTable, model, m, this::refresh));
        Label dupHint = new Label(m.text("check.duplicates.hint"));
        dupHint.getStyleClass().add("evidence");
        dupHint.setWrapText(true);
        ComboBox<DuplicatePolicy> choice = new ComboBox<>(FXCollections.observableArrayList(DuplicatePolicy.values()));
        choice.setId("duplicateChoice");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DuplicatePolicy p) {
                return p == null ? "" : m.text("duplicates." + p.code());
            }

            @Override
            public DuplicatePolicy fromString(String s) {
                return null;
            }
        });
        choice.setValue(session.onDuplicate());
        choice.valueProperty().addListener((o, a, p) -> {
            if (p != null && p != session.onDuplicate()) {
                model.chooseOnDuplicate(p, this::refresh);
            }
        });
        HBox choiceRow = new HBox(new Label(m.text("check.duplicates.choice")), choice);
        choiceRow.getStyleClass().add("button-row");
        Label dupTitle = new Label(m.text("check.duplicates"));
        dupTitle.getStyleClass().add("section-title");
        duplicatesBox.getChildren().addAll(dupTitle, dupHint, dupTable, choiceRow);
        duplicatesBox.setSpacing(6);

        Label columnsTitle = bound("checkColumnsTitle", model.columnsTitleProperty(), "section-title");
        TableView<FileCheckViewModel.ColumnRow> table = columnsTable(m, session);
        // Repeated ids and columns to check share what the facts above leave, so both stay
        // usable at 1024x700; the divider moves if one needs more.
        VBox columnsBox = new VBox(6, columnsTitle, table);
        // With every column mapped confidently the title says so; an empty table would only take room.
        table.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.columns()));
        table.managedProperty().bind(table.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(dupTable, Priority.ALWAYS);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.getItems().setAll(duplicatesBox, columnsBox);
        // At 1024x700 the facts, the repeated ids and the columns need more than the window:
        // the screen scrolls; on a larger one the two tables share the height left.
        VBox.setVgrow(split, Priority.ALWAYS);
        split.setMinHeight(360);
        split.setDividerPositions(0.4);
        scrollable("checkScroll", file, accounts, kpis, missing, required, problems, split);
    }

    @Override
    public boolean numbered() {
        return false;
    }

    @Override
    public void enter() {
        super.enter();
        refresh();
    }

    private void refresh() {
        boolean show = model.showsDuplicates();
        if (show && !split.getItems().contains(duplicatesBox)) {
            split.getItems().addFirst(duplicatesBox);
        } else if (!show) {
            split.getItems().remove(duplicatesBox);
        }
        style(missingLabel, model.tooFewProperty().get());
    }

    private static void style(Label label, boolean warn) {
        label.getStyleClass().remove("check-warning");
        if (warn) {
            label.getStyleClass().add("check-warning");
        }
    }

    private static Label bound(String id, javafx.beans.value.ObservableStringValue text, String styleClass) {
        Label label = Labels.wrapping(id, styleClass);
        label.textProperty().bind(text);
        return label;
    }

    private TableView<FileCheckViewModel.ColumnRow> columnsTable(Messages m, OnboardingSession session) {
        TableView<FileCheckViewModel.ColumnRow> table = Tables.table("checkColumnsTable", m.text("check.columns.none"));
        table.getColumns().add(Tables.sized(Tables.column(m.text("check.col.column"), FileCheckViewModel.ColumnRow::header), 200, 120));
        TableColumn<FileCheckViewModel.ColumnRow, FileCheckViewModel.ColumnRow> field = new TableColumn<>(m.text("check.col.field"));
        field.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        field.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FileCheckViewModel.ColumnRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : CustomKpiAction.beside(session, row.header(),
                        FieldChooser.forColumn(session, row.header(), row.field(), FileCheckStep.this::enter), FileCheckStep.this::enter));
            }
        });
        table.getColumns().add(Tables.sized(field, 260, 200));
        table.getColumns().add(Tables.sized(Tables.column(m.text("accounts.col.confidence"),
                r -> r.field() == null ? "–" : Math.round(r.confidence() * 100) + "%"), 90, 70));
        table.getColumns().add(Tables.wrapping(Tables.column(m.text("check.col.why"), FileCheckViewModel.ColumnRow::reason)));
        table.setItems(model.columns());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
