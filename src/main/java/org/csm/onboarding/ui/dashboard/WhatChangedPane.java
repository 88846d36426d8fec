package org.csm.onboarding.ui.dashboard;

import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.csm.onboarding.service.ScoreHistory;
import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.ui.common.Tables;
import org.csm.onboarding.ui.common.UiContext;

/// "What changed": the accounts that moved band since the previous score snapshot, the biggest
/// move first, with the KPIs whose band moved them. A click opens the account.
final class WhatChangedPane extends VBox {

    WhatChangedPane(UiContext ctx, AccountInsights insights, Consumer<String> openAccount) {
        getStyleClass().add("what-changed");
        Label intro = new Label(insights.changes().isEmpty() ? ctx.text("changed.none")
                : ctx.text("changed.intro", insights.changes().size()));
        intro.setId("whatChangedIntro");
        intro.setWrapText(true);
        TableView<ScoreHistory.Change> table = Tables.table("whatChangedTable", ctx.text("changed.none"));
        table.getColumns().add(Tables.column(ctx.text("col.id"), ScoreHistory.Change::externalAccountId));
        table.getColumns().add(Tables.column(ctx.text("col.account"), (ScoreHistory.Change c) -> insights.name(c.externalAccountId())));
        table.getColumns().add(Tables.column(ctx.text("changed.before"), (ScoreHistory.Change c) -> status(ctx, c.before())
                + " " + Formats.score(c.overallBefore())));
        table.getColumns().add(Tables.column(ctx.text("changed.after"), (ScoreHistory.Change c) -> status(ctx, c.after())
                + " " + Formats.score(c.overallAfter())));
        var why = Tables.column(ctx.text("changed.kpis"), (ScoreHistory.Change c) -> c.kpisMoved().isEmpty()
                ? ctx.text("changed.settings")
                : c.kpisMoved().entrySet().stream().map(e -> insights.kpiName(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining("; ")));
        why.setPrefWidth(420);
        table.getColumns().add(why);
        table.getItems().setAll(insights.changes());
        table.setOnMouseClicked(e -> {
            ScoreHistory.Change c = table.getSelectionModel().getSelectedItem();
            if (c != null) {
                openAccount.accept(c.externalAccountId());
            }
        });
        getChildren().addAll(intro, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private static String status(UiContext ctx, org.csm.onboarding.model.HealthStatus s) {
        return s == null ? "" : ctx.text("status." + s.code());
    }
}
