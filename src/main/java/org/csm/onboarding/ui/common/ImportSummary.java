package org.csm.onboarding.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.StoreException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/// The dashboard's line about the last import ("Last import: Today 14:05, crm.xlsx: 3 accounts;
/// 2 rows skipped: 1 without a customer ID, 1 repeated customer ID") and the import history it
/// opens, so rows an import left out are never silent.
public final class ImportSummary {

    private ImportSummary() {
    }

    /// An empty node when the workspace has no import (accounts added by hand only).
    public static Node line(UiContext ctx, String workspace) {
        List<WorkspaceService.ImportEntry> history;
        try {
            history = ctx.workspaces().importHistory(workspace);
        } catch (StoreException e) {
            ctx.fail(e);
            history = List.of();
        }
        Label last = new Label();
        last.setId("lastImportLabel");
        last.getStyleClass().add("evidence");
        last.setWrapText(true);
        last.setMinHeight(Region.USE_PREF_SIZE);
        HBox box = new HBox(last);
        box.getStyleClass().add("button-row");
        if (history.isEmpty()) {
            box.setVisible(false);
            box.setManaged(false);
            return box;
        }
        last.setText(ctx.text("imports.last", describe(ctx, history.getFirst())));
        Hyperlink all = new Hyperlink(ctx.text("imports.history"));
        all.setId("importHistoryLink");
        all.setMinWidth(Region.USE_PREF_SIZE);
        List<WorkspaceService.ImportEntry> entries = history;
        all.setOnAction(e -> showHistory(ctx, workspace, entries));
        HBox.setHgrow(last, Priority.ALWAYS);
        box.getChildren().add(all);
        return box;
    }

    /// "Today 14:05, crm.xlsx: 3 accounts; 2 rows skipped: ...; 1 cell fixed".
    public static String describe(UiContext ctx, WorkspaceService.ImportEntry entry) {
        var r = entry.record();
        String text = ctx.text("imports.entry", Formats.when(r.importedAt()), r.fileName(), Formats.count(r.accounts()));
        if (r.skippedRows() > 0) {
            text += "; " + ctx.text("imports.skipped", Formats.count(r.skippedRows()), reasons(ctx, entry.skipped()));
        }
        if (!entry.edits().isEmpty()) {
            text += "; " + ctx.text("imports.edits", entry.edits().size());
        }
        return text;
    }

    static String reasons(UiContext ctx, Map<String, Integer> skipped) {
        if (skipped.isEmpty()) {
            return ctx.text("imports.skipped.unknown");
        }
        return skipped.entrySet().stream().map(e -> e.getValue() + " " + (ctx.messages().has("skipped." + e.getKey())
                ? ctx.text("skipped." + e.getKey()) : e.getKey())).collect(Collectors.joining(", "));
    }

    private static void showHistory(UiContext ctx, String workspace, List<WorkspaceService.ImportEntry> entries) {
        TableView<WorkspaceService.ImportEntry> table = Tables.table("importHistoryTable", ctx.text("imports.none"));
        table.getColumns().add(Tables.sized(Tables.column(ctx.text("imports.col.when"), e -> Formats.when(e.record().importedAt())), 140, 120));
        table.getColumns().add(Tables.sized(Tables.column(ctx.text("imports.col.file"), e -> e.record().fileName()), 200, 120));
        table.getColumns().add(Tables.sized(Tables.column(ctx.text("imports.col.accounts"), e -> Formats.count(e.record().accounts())), 90, 80));
        table.getColumns().add(Tables.sized(Tables.column(ctx.text("imports.col.skipped"),
                e -> e.record().skippedRows() == 0 ? "0" : Formats.count(e.record().skippedRows()) + ": " + reasons(ctx, e.skipped())), 300, 160));
        table.getColumns().add(Tables.wrapping(Tables.column(ctx.text("imports.col.edits"), e -> e.edits().stream()
                .map(c -> ctx.text("imports.edit", String.valueOf(c.row()), c.column(), c.original(), c.edited())).collect(Collectors.joining("; ")))));
        table.getItems().setAll(entries);
        table.setPrefSize(900, 360);
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(ctx.text("imports.title", workspace));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.showAndWait();
    }
}
