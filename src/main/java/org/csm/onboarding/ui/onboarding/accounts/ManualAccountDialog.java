package org.csm.onboarding.ui.onboarding.accounts;

import java.util.Map;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.ManualAccount;
import org.csm.onboarding.service.ManualAccounts;
import org.csm.onboarding.store.ImportRecord;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.UiContext;

/// Option C: a form to add an account by hand or edit a stored one. Each field shows the
/// file-import rules' finding under it; Save stays disabled until the id and name are filled,
/// and stores the account as its own import (so undo reverts it) through the task runner.
public final class ManualAccountDialog extends Dialog<ImportRecord> {

    /// Control ids of the account fields, for GUI tests; KPIs are `manualKpi-<key>`, errors `manualError-<key>`.
    static final Map<Field, String> IDS = Map.of(Field.CUSTOMER_ID, "manualId", Field.COMPANY_NAME, "manualName",
            Field.CUSTOMER_SEGMENT, "manualSegment", Field.CSM_ASSIGNED, "manualCsm", Field.INDUSTRY, "manualIndustry",
            Field.REGION, "manualRegion", Field.USE_CASE, "manualUseCase", Field.GPU_TYPE_PRIMARY, "manualGpu",
            Field.SIGNUP_DATE, "manualSignupDate");

    // A dialog has its own scene, so the app's stylesheet is added to it too.
    private static final String STYLESHEET = "/org/csm/onboarding/ui/app.css";

    private final UiContext ctx;
    private final ManualAccountForm form;
    private final ManualAccounts service;
    private final String workspace;
    private final OnboardingConfig config;
    private final Consumer<ImportRecord> onSaved;

    /// `prefill` null adds an account; `config` null rescores with the workspace's stored one.
    public ManualAccountDialog(UiContext ctx, String workspace, ManualAccount prefill, OnboardingConfig config,
                               Consumer<ImportRecord> onSaved) {
        this.ctx = ctx;
        this.service = new ManualAccounts(ctx.store());
        this.form = new ManualAccountForm(service, prefill);
        this.workspace = workspace;
        this.config = config;
        this.onSaved = onSaved;
        Messages m = ctx.messages();
        setTitle(m.text(prefill == null ? "manual.title.add" : "manual.title.edit"));
        setHeaderText(m.text("manual.header", workspace));
        setResizable(true);
        ButtonType save = new ButtonType(m.text("manual.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.text("manual.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        getDialogPane().getStyleClass().add("manual-account");
        var css = ManualAccountDialog.class.getResource(STYLESHEET);
        if (css != null) {
            getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        ScrollPane scroll = new ScrollPane(grid(m));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        getDialogPane().setContent(scroll);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("manualSave");
        saveButton.disableProperty().bind(form.canSave().not());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the account is stored
            submit();
        });
        getDialogPane().lookupButton(cancel).setId("manualCancel");
        setResultConverter(button -> null);
    }

    /// Opens the form, not blocking: `onSaved` runs on the FX thread after a successful save.
    public static void open(UiContext ctx, Window owner, String workspace, ManualAccount prefill, OnboardingConfig config,
                            Consumer<ImportRecord> onSaved) {
        ManualAccountDialog dialog = new ManualAccountDialog(ctx, workspace, prefill, config, onSaved);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.show();
    }

    public ManualAccountForm form() {
        return form;
    }

    private GridPane grid(Messages m) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        for (Field f : ManualAccounts.ACCOUNT_FIELDS) {
            TextField text = new TextField();
            text.setId(IDS.get(f));
            text.textProperty().bindBidirectional(form.field(f));
            if (f == Field.CUSTOMER_ID && form.editing()) {
                text.setEditable(false);
            }
            if (f == Field.SIGNUP_DATE) {
                text.setPromptText(m.text("manual.datePrompt"));
            }
            row = addRow(grid, row, fieldLabel(m, f), text, f.key());
        }
        Label kpiHeader = new Label(m.text("manual.kpis"));
        kpiHeader.getStyleClass().add("title-4");
        grid.add(kpiHeader, 0, row++, 2, 1);
        for (KpiDefinition kpi : ManualAccountForm.catalog()) {
            Control input;
            if (kpi.isText()) {
                ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(kpi.labelValues().keySet()));
                box.getItems().addFirst("");
                box.valueProperty().bindBidirectional(form.kpi(kpi.key()));
                input = box;
            } else {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(form.kpi(kpi.key()));
                input = text;
            }
            input.setId("manualKpi-" + kpi.key());
            row = addRow(grid, row, kpi.name(), input, kpi.key());
        }
        return grid;
    }

    private int addRow(GridPane grid, int row, String caption, Control input, String key) {
        Label label = new Label(caption);
        label.setLabelFor(input);
        input.setMaxWidth(Double.MAX_VALUE);
        Label error = new Label();
        error.setId("manualError-" + key);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(form.error(key));
        error.visibleProperty().bind(form.error(key).isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    private static String fieldLabel(Messages m, Field f) {
        return switch (f) {
            case CUSTOMER_ID -> m.text("manual.field.id");
            case COMPANY_NAME -> m.text("manual.field.name");
            case CUSTOMER_SEGMENT -> m.text("manual.field.segment");
            case CSM_ASSIGNED -> m.text("manual.field.csm");
            case INDUSTRY -> m.text("manual.field.industry");
            case REGION -> m.text("manual.field.region");
            case USE_CASE -> m.text("manual.field.useCase");
            case GPU_TYPE_PRIMARY -> m.text("manual.field.gpu");
            case SIGNUP_DATE -> m.text("manual.field.signupDate");
            default -> f.templateHeader();
        };
    }

    private void submit() {
        if (!form.check()) {
            return;
        }
        ManualAccount input = form.input();
        ctx.tasks().run(ctx.text("manual.task.saving"), progress -> service.save(workspace, input, config), record -> {
            setResult(record);
            close();
            onSaved.accept(record);
        }, error -> {
            if (error instanceof ManualAccounts.InvalidAccountException invalid) {
                form.show(invalid.validation());
            } else {
                ctx.fail(error);
            }
        });
    }
}
