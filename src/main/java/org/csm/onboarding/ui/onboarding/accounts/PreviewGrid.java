package org.csm.onboarding.ui.onboarding.accounts;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.Tables;

import java.util.List;
import java.util.stream.Collectors;

/// The account preview as a grid of the file's own columns: each cell as written (a KPI as the
/// value read, with its unit, so decimal commas can be checked), a cell with a problem coloured
/// with the message as tooltip, and any cell editable in place (Enter re-checks the file).
///
/// A TableView rather than ControlsFX's SpreadsheetView. SpreadsheetView 11.2.2 does render on
/// JavaFX 26 headless (probed), but it holds its cells in a GridBase that would be rebuilt on
/// every re-read and edits through its own cell types; this grid needs text cells, a per-cell
/// style and one commit hook, which TableView gives with the Tables helpers and the lookups the
/// GUI tests use, without another 1 MB in the package.
final class PreviewGrid {

    private PreviewGrid() {
    }

    /// Rebuilds the columns for the file's headers (the layout changes when another file is read).
    static void columns(TableView<AccountRow> grid, AccountsViewModel model, Messages m) {
        grid.getColumns().clear();
        TableColumn<AccountRow, String> row = Tables.column(m.text("col.row"), r -> String.valueOf(r.sourceRow()));
        row.setCellFactory(c -> new ProblemCell(model, null, null));
        row.setEditable(false);
        grid.getColumns().add(Tables.sized(row, 60, 50));
        List<String> headers = model.headers();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header == null || header.isBlank()) {
                continue;
            }
            int index = i;
            KpiDefinition kpi = model.kpiOf(header).orElse(null);
            TableColumn<AccountRow, String> column = new TableColumn<>(model.columnTitle(header));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(index)));
            column.setCellFactory(c -> new ProblemCell(model, header, kpi));
            // After the commit event: re-reading replaces the rows, including the one being edited.
            column.setOnEditCommit(e -> javafx.application.Platform.runLater(() ->
                    model.edit(e.getRowValue(), index, header, e.getNewValue() == null ? "" : e.getNewValue())));
            column.setPrefWidth(150);
            grid.getColumns().add(column);
        }
    }

    /// A cell that shows the value read, colours a problem, and edits the text as written.
    private static final class ProblemCell extends TextFieldTableCell<AccountRow, String> {
        private final AccountsViewModel model;
        private final String header;
        private final KpiDefinition kpi;

        ProblemCell(AccountsViewModel model, String header, KpiDefinition kpi) {
            super(new DefaultStringConverter());
            this.model = model;
            this.header = header;
            this.kpi = kpi;
            setEditable(header != null);
        }

        @Override
        public void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll("cell-error", "cell-warning", "cell-edited");
            AccountRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setTooltip(null);
                return;
            }
            if (!isEditing() && kpi != null) {
                setText(shown(row, text));
            }
            List<DataIssue> issues = model.issuesAt(row, header);
            boolean edited = header != null && model.editOf(row.sourceRow(), header).isPresent();
            if (!issues.isEmpty()) {
                getStyleClass().add(issues.stream().anyMatch(DataIssue::isError) ? "cell-error" : "cell-warning");
            } else if (edited) {
                getStyleClass().add("cell-edited");
            }
            String tip = issues.stream().map(DataIssue::message).collect(Collectors.joining("\n"));
            if (edited) {
                tip = (tip.isEmpty() ? "" : tip + "\n") + model.editNote(row.sourceRow(), header);
            }
            setTooltip(tip.isEmpty() ? null : new Tooltip(tip));
        }

        /// A KPI as read (with its unit) when it parsed; otherwise the text as written.
        private String shown(AccountRow row, String text) {
            return row.kpis().stream().filter(k -> k.kpiKey().equals(kpi.key())).findFirst()
                    .map(k -> k.label() != null ? k.label() : Formats.kpiValue(k.kpiKey(), k.value()))
                    .orElse(text == null || text.isEmpty() ? "–" : text);
        }
    }
}
