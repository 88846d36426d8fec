package org.csm.onboarding.ui.onboarding.accounts;

import org.csm.onboarding.ui.onboarding.FieldChooser;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.csm.onboarding.engine.template.StandardTemplate;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.Severity;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.Tables;
import org.csm.onboarding.ui.common.UiContext;
import org.csm.onboarding.ui.onboarding.OnboardingSession;
import org.csm.onboarding.ui.onboarding.StepView;

/// Step 4's view: detection summary, options A/B, and tabs for mapping, preview and issues.
public final class AccountsStep extends StepView<AccountsViewModel> {

    private final TableView<AccountRow> preview;

    public AccountsStep(OnboardingSession session) {
        super("step.accounts", new AccountsViewModel(session));
        UiContext ctx = session.context();
        Messages m = ctx.messages();
        root.getStyleClass().addAll("step", "accounts-step");
        Label detected = new Label();
        detected.setId("detectedLabel");
        detected.setWrapText(true);
        detected.textProperty().bind(model.detectedProperty());
        Label optionA = new Label(m.text("accounts.optionA"));
        optionA.setWrapText(true);
        optionA.getStyleClass().add("evidence");
        Button template = new Button(m.text("accounts.optionB"));
        template.setId("templateButton");
        // The button keeps its whole label; the explanation beside it wraps instead.
        template.setMinWidth(Region.USE_PREF_SIZE);
        template.setOnAction(e -> ctx.files().chooseSaveTarget(root.getScene().getWindow(), StandardTemplate.FILE_NAME, "*.xlsx")
                .flatMap(model::saveTemplate)
                .ifPresent(p -> ctx.dialogs().showInfo(m.text("accounts.template.saved"), p.toString())));
        Button byHand = new Button(m.text("accounts.optionC"));
        byHand.setId("manualButton");
        byHand.setMinWidth(Region.USE_PREF_SIZE);
        byHand.setOnAction(e -> ManualAccountDialog.open(ctx, root.getScene().getWindow(), session.draft().workspaceProperty().get(),
                null, session.draft().config(), r -> ctx.dialogs().showInfo(m.text("manual.saved.title"),
                        m.text("manual.saved", session.draft().workspaceProperty().get()))));
        HBox options = new HBox(optionA, template, byHand);
        options.getStyleClass().add("button-row");
        HBox.setHgrow(optionA, Priority.ALWAYS);

        preview = Tables.table("previewTable", m.text("accounts.preview.empty"));
        // The file's own columns at their own widths: the grid scrolls sideways rather than
        // squeezing twenty columns into the window.
        preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        preview.setEditable(true);
        PreviewGrid.columns(preview, model, m);
        session.loadedProperty().addListener((o, a, b) -> PreviewGrid.columns(preview, model, m));
        preview.setItems(model.previewRows());

        TabPane tabs = new TabPane(new Tab(m.text("accounts.tab.mapping"), mappingTable(m)),
                new Tab(m.text("accounts.tab.preview"), previewPane(m)), new Tab(m.text("accounts.tab.issues"), issuesPane(m)));
        tabs.setId("accountsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getChildren().addAll(detected, options, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
    }

    private VBox previewPane(Messages m) {
        javafx.scene.control.CheckBox only = new javafx.scene.control.CheckBox(m.text("accounts.preview.onlyProblems"));
        only.setId("onlyProblemsCheck");
        only.setMinWidth(Region.USE_PREF_SIZE);
        only.selectedProperty().bindBidirectional(model.onlyProblemsProperty());
        Label summary = new Label();
        summary.setId("previewProblems");
        summary.setWrapText(true);
        summary.getStyleClass().add("evidence");
        summary.textProperty().bind(model.problemSummaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox bar = new HBox(only, summary);
        bar.getStyleClass().add("button-row");
        VBox box = new VBox(bar, preview);
        box.getStyleClass().add("issues-pane");
        VBox.setVgrow(preview, Priority.ALWAYS);
        return box;
    }

    private TableView<AccountsViewModel.MappingRow> mappingTable(Messages m) {
        TableView<AccountsViewModel.MappingRow> table = Tables.table("mappingTable", m.text("accounts.mapping.empty"));
        table.getColumns().add(Tables.column(m.text("accounts.col.header"), AccountsViewModel.MappingRow::header));
        TableColumn<AccountsViewModel.MappingRow, AccountsViewModel.MappingRow> field = new TableColumn<>(m.text("accounts.col.field"));
        field.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        field.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(AccountsViewModel.MappingRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                ComboBox<Field> box = FieldChooser.forColumn(model.session(), row.header(), row.field(), model::enter);
                setGraphic(box);
            }
        });
        table.getColumns().add(field);
        table.getColumns().add(Tables.column(m.text("accounts.col.confidence"), r -> Math.round(r.confidence() * 100) + "%"));
        table.getColumns().add(Tables.column(m.text("accounts.col.reason"), AccountsViewModel.MappingRow::reason));
        table.setItems(model.mapping());
        return table;
    }


    private VBox issuesPane(Messages m) {
        ComboBox<Severity> filter = new ComboBox<>(FXCollections.observableArrayList(Severity.values()));
        filter.getItems().addFirst(null);
        filter.setId("severityFilter");
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Severity s) {
                return s == null ? m.text("accounts.severity.all") : m.text("severity." + s.code());
            }

            @Override
            public Severity fromString(String s) {
                return null;
            }
        });
        filter.valueProperty().bindBidirectional(model.severityFilterProperty());
        TableView<DataIssue> table = Tables.table("issuesTable", m.text("accounts.issues.empty"));
        TableColumn<DataIssue, String> severity = Tables.column(m.text("col.severity"), i -> m.text("severity." + i.severity().code()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().removeIf(s -> s.startsWith("severity-"));
                DataIssue issue = empty ? null : getTableRow().getItem();
                if (issue != null) {
                    getStyleClass().add("severity-" + issue.severity().code());
                }
            }
        });
        table.getColumns().add(Tables.sized(severity, 80, 70));
        table.getColumns().add(Tables.sized(Tables.column(m.text("col.row"), DataIssue::row), 50, 44));
        table.getColumns().add(Tables.sized(Tables.column(m.text("col.column"), DataIssue::column), 130, 90));
        table.getColumns().add(Tables.sized(Tables.column(m.text("col.code"), i -> i.code().code()), 160, 110));
        table.getColumns().add(Tables.wrapping(Tables.column(m.text("col.message"), DataIssue::message)));
        table.setItems(model.issues());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, issue) -> model.rowOf(issue).ifPresent(row -> {
            preview.getSelectionModel().select(row);
            preview.scrollTo(row);
        }));
        Button rejected = new Button(m.text("accounts.rejected.download"));
        rejected.setId("rejectedRowsButton");
        rejected.setMinWidth(Region.USE_PREF_SIZE);
        rejected.disableProperty().bind(model.rejectedCountProperty().isEqualTo(0));
        rejected.setOnAction(e -> model.session().context().files().chooseSaveTarget(root.getScene().getWindow(),
                        model.rejectedFileName(), "*.csv", "*.xlsx")
                .ifPresent(model::writeRejected));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(new Label(m.text("accounts.severity")), filter, gap, rejected);
        bar.getStyleClass().add("button-row");
        VBox box = new VBox(bar, table);
        box.getStyleClass().add("issues-pane");
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

}
