package org.csm.onboarding.ui.dashboard;

import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.csm.onboarding.engine.ask.KpiNature;
import org.csm.onboarding.engine.playbook.Recommendation;
import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.Tables;

/// The selected account's explanation: each KPI's value, band, score, points added and lost,
/// and what value would reach the next band; the file's own health score beside ours.
final class AccountDetailPane extends VBox {

    AccountDetailPane(DashboardViewModel model, Messages m) {
        getStyleClass().add("account-detail");
        Label header = new Label();
        header.setId("accountDetailHeader");
        header.getStyleClass().add("section-title");
        header.setWrapText(true);
        header.textProperty().bind(model.detailProperty());
        Label missing = new Label();
        missing.setId("accountMissingKpis");
        missing.setWrapText(true);
        missing.getStyleClass().add("text-muted");
        missing.textProperty().bind(model.missingProperty());
        missing.visibleProperty().bind(model.missingProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());
        Label playbooksTitle = new Label(m.text("dashboard.detail.playbooks"));
        playbooksTitle.getStyleClass().add("section-title");
        VBox playbooks = new VBox();
        playbooks.setId("accountPlaybooks");
        playbooks.getStyleClass().add("playbooks");
        model.playbooks().addListener((javafx.collections.ListChangeListener<Recommendation>) c -> {
            playbooks.getChildren().clear();
            for (Recommendation r : model.playbooks()) {
                // One line each, so the KPI table stays in view at 700 px: what fired it, who, by
                // when; the full reason in the tooltip.
                String trigger = r.triggerKpi() == null || r.triggerKpi().isEmpty()
                        ? m.text("dashboard.detail.statusTrigger", r.triggerValue())
                        : r.triggerKpi() + " " + r.triggerValue();
                Label l = new Label("\u25B6 " + m.text("dashboard.detail.playbook", r.playbook().name(), trigger, r.owner(), r.dueDate()));
                l.setTooltip(new javafx.scene.control.Tooltip(r.why()));
                l.getStyleClass().add("playbook");
                playbooks.getChildren().add(l);
            }
            if (model.playbooks().isEmpty() && model.selectedProperty().get() != null) {
                playbooks.getChildren().add(new Label(m.text("dashboard.detail.noPlaybooks")));
            }
        });
        playbooksTitle.visibleProperty().bind(model.selectedProperty().isNotNull());
        playbooksTitle.managedProperty().bind(playbooksTitle.visibleProperty());
        TableView<DashboardViewModel.KpiLine> table = Tables.table("explanationTable", m.text("dashboard.detail.empty"));
        table.getColumns().add(Tables.sized(Tables.column(m.text("col.kpi"), l -> l.kpi().kpiName()), 210, 180));
        table.getColumns().add(Tables.sized(Tables.column(m.text("col.nature"), l -> m.text("nature."
                + KpiNature.of(l.kpi().kpiKey(), l.kpi().category()).name().toLowerCase(Locale.ROOT))), 140, 110));
        table.getColumns().add(Tables.sized(Tables.column(m.text("col.value"), l -> model.valueText(l.kpi())), 100, 80));
        var band = Tables.<DashboardViewModel.KpiLine, String>column(m.text("col.band"),
                l -> m.text("band." + l.kpi().band().name().toLowerCase(Locale.ROOT)));
        band.setCellFactory(c -> new StatusCell<>("band-"));
        Tables.sized(band, 80, 70);
        table.getColumns().add(band);
        table.getColumns().add(Tables.sized(Tables.column(m.text("col.score"), l -> Formats.score(l.kpi().score())), 70, 60));
        table.getColumns().add(Tables.sized(Tables.column(m.text("col.pointsLost"), l -> Formats.score(l.kpi().pointsLost())), 95, 90));
        var next = Tables.<DashboardViewModel.KpiLine, String>column(m.text("col.nextBand"), DashboardViewModel.KpiLine::nextBand);
        // The sentence needs the room; the numbers do not.
        next.setPrefWidth(360);
        next.setMinWidth(200);
        table.getColumns().add(next);
        table.setItems(model.explanation());
        getChildren().addAll(header, playbooksTitle, playbooks, missing, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }
}
