package org.csm.onboarding.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.service.AccountOverview.AccountSummary;
import org.csm.onboarding.service.AccountRows;
import java.util.function.IntBinaryOperator;
import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.ui.common.Tables;
import org.csm.onboarding.ui.common.UiContext;

/// The dashboard's accounts table: id, name, segment, CSM, contract value, score, status, one
/// column per category, trend. It opens sorted by risk (status, then contract value) and can
/// hand its sort order and selection to the next dashboard, so a rescore keeps both.
final class AccountsTable {

    private final TableView<AccountSummary> table;
    private final TableColumn<AccountSummary, HealthStatus> status;
    private final TableColumn<AccountSummary, Double> revenue;
    private final DashboardViewModel model;
    /// True while a new list of rows (already in the table's order) is put in.
    private boolean swapping;
    /// How each sortable column orders rows of the loaded columns, ascending (nulls first, as
    /// TableColumn's own comparator): the table sorts row numbers, not a million row objects.
    private final java.util.Map<TableColumn<AccountSummary, ?>, IntBinaryOperator> orders = new java.util.HashMap<>();

    AccountsTable(UiContext ctx, DashboardViewModel model) {
        this.model = model;
        table = Tables.table("accountsTable", ctx.text("dashboard.noAccounts"));
        // The constrained policy otherwise squeezes every column alike: ids and names were cut to
        // "SRVL-3..." at 1000 px. Text columns keep a readable minimum; numbers need less.
        AccountRows rows = model.rows();
        add(Tables.column(ctx.text("col.id"), AccountSummary::externalId), "col-id", 90, idOrder(rows));
        add(Tables.column(ctx.text("col.account"), AccountSummary::name), "col-account", 150,
                (a, b) -> rows.names().compare(a, b));
        add(Tables.column(ctx.text("col.segment"), AccountSummary::segment), "col-segment", 90,
                (a, b) -> RowOrders.texts(rows.segments().get(a), rows.segments().get(b)));
        add(Tables.column(ctx.text("col.csm"), AccountSummary::csm), "col-csm", 100,
                (a, b) -> RowOrders.texts(rows.csms().get(a), rows.csms().get(b)));
        revenue = numbers(ctx.text("col.contract"), AccountSummary::revenue, v -> Formats.money(v));
        add(revenue, "col-revenue", 90, RowOrders.numbers(rows::revenueValue));
        add(numbers(ctx.text("col.score"), DashboardViewModel::shownScore, v -> Formats.score(v)), "col-score", 60,
                RowOrders.numbers(r -> rows.status(r) == HealthStatus.INSUFFICIENT_DATA ? Double.NaN : rows.overall(r)));
        status = Tables.column(ctx.text("col.status"), a -> a.score().status());
        status.setComparator(java.util.Comparator.comparingInt(AskTable::riskRank));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(HealthStatus s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("status-"));
                setText(empty || s == null ? null : ctx.text("status." + s.code()));
                if (!empty && s != null) {
                    getStyleClass().add("status-" + s.code());
                }
            }
        });
        add(status, "col-status", 80, RowOrders.status(rows));
        for (Category c : model.categoryAverages().keySet()) {
            add(numbers(c.label(), a -> a.score().categories().get(c), v -> Formats.score(v)), "col-" + c.name(), 75,
                    RowOrders.numbers(r -> rows.category(c, r)));
        }
        TableColumn<AccountSummary, double[]> trend = Tables.column(ctx.text("col.trend"), a -> model.insights().trend(a.externalId()));
        trend.setCellFactory(c -> new TrendCell<>());
        trend.setSortable(false);
        add(trend, "col-trend", 70, null);
        table.setSortPolicy(t -> {
            if (!swapping) {
                model.sortBy(order(t.getSortOrder()));
            }
            return true;
        });
        table.setItems(model.visible());
        model.visibleProperty().addListener((o, before, after) -> swap(after));
        // Riskiest first, shown as the table's own sort so a click on a header changes it. The
        // rows come in that order (RowOrders.risk): sorting a million of them again is skipped.
        status.setSortType(TableColumn.SortType.ASCENDING);
        revenue.setSortType(TableColumn.SortType.DESCENDING);
        swapping = true;
        try {
            table.getSortOrder().setAll(List.of(status, revenue));
        } finally {
            swapping = false;
        }
    }

    /// Shows a filtered or sorted list. A TableView clears its sort order when its items are
    /// replaced by a list that is not a SortedList (JDK-8092759): it is put back, without
    /// sorting again, and the selected account stays selected when it is still shown.
    private void swap(javafx.collections.ObservableList<AccountSummary> rows) {
        AccountSummary selected = table.getSelectionModel().getSelectedItem();
        List<TableColumn<AccountSummary, ?>> sortOrder = new ArrayList<>(table.getSortOrder());
        swapping = true;
        try {
            table.setItems(rows);
            table.getSortOrder().setAll(sortOrder);
        } finally {
            swapping = false;
        }
        if (selected != null) {
            select(table, model, selected.externalId());
        }
    }

    TableView<AccountSummary> view() {
        return table;
    }

    DashboardView.TableState state(DashboardViewModel model) {
        AccountSummary selected = table.getSelectionModel().getSelectedItem();
        return new DashboardView.TableState(table.getSortOrder().stream().map(TableColumn::getId).toList(),
                table.getSortOrder().stream().map(TableColumn::getSortType).toList(), selected == null ? null : selected.externalId(),
                model.statusFilterProperty().get(), model.segmentFilterProperty().get(), model.csmFilterProperty().get(),
                model.searchProperty().get());
    }

    /// Puts back the sort order and the selection a previous dashboard had (accounts that no
    /// longer exist and columns that are gone are skipped).
    void restore(DashboardView.TableState state) {
        List<TableColumn<AccountSummary, ?>> order = new ArrayList<>();
        for (int i = 0; i < state.sortColumns().size(); i++) {
            String id = state.sortColumns().get(i);
            TableColumn.SortType type = state.sortTypes().get(i);
            table.getColumns().stream().filter(c -> id != null && id.equals(c.getId())).findFirst().ifPresent(c -> {
                c.setSortType(type);
                order.add(c);
            });
        }
        table.getSortOrder().setAll(order);
        if (state.selectedId() != null) {
            select(table, model, state.selectedId());
        }
    }

    /// Selects and shows the account when the filters let it be seen; false when they do not.
    static boolean select(TableView<AccountSummary> table, DashboardViewModel model, String externalId) {
        int index = model.visibleIndexOf(externalId);
        if (index < 0) {
            return false;
        }
        table.getSelectionModel().select(index);
        table.scrollTo(index);
        return true;
    }

    private <T> void add(TableColumn<AccountSummary, T> column, String id, double min, IntBinaryOperator order) {
        column.setId(id);
        column.setMinWidth(min);
        table.getColumns().add(column);
        if (order != null) {
            orders.put(column, order);
        }
    }

    /// The table's sort order as one comparator over rows; null when nothing is sorted.
    private IntBinaryOperator order(List<TableColumn<AccountSummary, ?>> sortOrder) {
        IntBinaryOperator combined = null;
        for (TableColumn<AccountSummary, ?> column : sortOrder) {
            IntBinaryOperator ascending = orders.get(column);
            if (ascending == null) {
                continue;
            }
            IntBinaryOperator one = column.getSortType() == TableColumn.SortType.DESCENDING
                    ? RowOrders.descending(ascending) : ascending;
            combined = combined == null ? one : RowOrders.then(combined, one);
        }
        return combined;
    }

    /// By external id through each row's place in id order, computed on the first id sort.
    private static IntBinaryOperator idOrder(AccountRows rows) {
        int[][] rank = new int[1][];
        return (a, b) -> {
            if (rank[0] == null) {
                int[] byId = rows.byId();
                rank[0] = new int[byId.length];
                for (int i = 0; i < byId.length; i++) {
                    rank[0][byId[i]] = i;
                }
            }
            return Integer.compare(rank[0][a], rank[0][b]);
        };
    }

    /// A right-aligned number column; a dash where there is no value.
    private static TableColumn<AccountSummary, Double> numbers(String title, Function<AccountSummary, Double> value,
                                                               Function<Double, String> format) {
        TableColumn<AccountSummary, Double> column = Tables.column(title, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null ? "–" : format.apply(v));
            }
        });
        column.getStyleClass().add("number-column");
        return column;
    }
}
