package org.csm.onboarding.ui.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.service.ActionPlan;
import org.csm.onboarding.ui.common.UiContext;

/// "Action plan…": pick a CSM (or all) and a format, see how many recommendations that is,
/// then choose where to save; the file is written off the FX thread through [ActionPlan]
/// (formula-safe .xlsx or .csv).
final class ActionPlanDialog extends Dialog<Path> {

    private static final String STYLESHEET = "/org/csm/onboarding/ui/app.css";

    ActionPlanDialog(UiContext ctx, DashboardViewModel model, String preselectedCsm) {
        String all = ctx.text("dashboard.filter.allCsms");
        setTitle(ctx.text("actionPlan.title"));
        setHeaderText(ctx.text("actionPlan.header"));
        setResizable(true);
        var css = ActionPlanDialog.class.getResource(STYLESHEET);
        if (css != null) {
            getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        AskTable table = model.insights().table().orElse(null);
        List<String> csms = table == null ? List.of() : ActionPlan.csms(table);
        ComboBox<String> csm = new ComboBox<>(FXCollections.observableArrayList(csms));
        csm.getItems().addFirst(all);
        csm.setId("actionPlanCsm");
        csm.setValue(preselectedCsm != null && csms.contains(preselectedCsm) ? preselectedCsm : all);
        ComboBox<String> format = new ComboBox<>(FXCollections.observableArrayList("xlsx", "csv"));
        format.setId("actionPlanFormat");
        format.setValue("xlsx");
        Label count = new Label();
        count.setId("actionPlanCount");
        Runnable recount = () -> {
            List<ActionPlan.Line> lines = lines(model, table, csm.getValue().equals(all) ? null : csm.getValue());
            count.setText(ctx.text("actionPlan.count", lines.size(),
                    lines.stream().map(l -> l.recommendation().externalAccountId()).distinct().count()));
        };
        csm.valueProperty().addListener(o -> recount.run());
        recount.run();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(ctx.text("actionPlan.csm")), csm);
        grid.addRow(1, new Label(ctx.text("actionPlan.format")), format);
        grid.add(count, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(ctx.text("actionPlan.export"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, new ButtonType(ctx.text("manual.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button exportButton = (Button) getDialogPane().lookupButton(export);
        exportButton.setId("actionPlanExport");
        exportButton.setDisable(table == null);
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            String who = csm.getValue().equals(all) ? null : csm.getValue();
            String name = model.workspace() + "-action-plan" + (who == null ? "" : "-" + slug(who)) + "." + format.getValue();
            ctx.files().chooseSaveTarget(getDialogPane().getScene().getWindow(), name, "*." + format.getValue()).ifPresent(target -> {
                List<ActionPlan.Line> lines = lines(model, table, who);
                ctx.tasks().run(ctx.text("task.exporting"), progress -> {
                    ActionPlan.write(target, lines);
                    return target;
                }, saved -> {
                    setResult(saved);
                    close();
                    ctx.dialogs().showInfo(ctx.text("dashboard.exported"), ctx.text("actionPlan.saved", lines.size(), saved));
                }, ctx::fail);
            });
        });
    }

    private static List<ActionPlan.Line> lines(DashboardViewModel model, AskTable table, String csm) {
        return table == null ? List.of() : ActionPlan.lines(table, model.insights().catalog(), LocalDate.now(), csm);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
