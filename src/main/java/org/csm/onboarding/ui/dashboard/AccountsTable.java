package org.csm.onboarding.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.service.AccountOverview.AccountSummary;
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

    AccountsTable(UiContext ctx, DashboardViewModel model) {
        table = Tables.table("accountsTable", ctx.text("dashboard.noAccounts"));
        // The constrained policy otherwise squeezes every column alike: ids and names were cut to
        // "SRVL-3..." at 1000 px. Text columns keep a readable minimum; numbers need less.
        add(Tables.column(ctx.text("col.id"), AccountSummary::externalId), "col-id", 90);
        add(Tables.column(ctx.text("col.account"), AccountSummary::name), "col-account", 150);
        add(Tables.column(ctx.text("col.segment"), AccountSummary::segment), "col-segment", 90);
        add(Tables.column(ctx.text("col.csm"), AccountSummary::csm), "col-csm", 100);
        revenue = numbers(ctx.text("col.contract"), AccountSummary::revenue, v -> Formats.money(v));
        add(revenue, "col-revenue", 90);
        add(numbers(ctx.text("col.score"), DashboardViewModel::shownScore, v -> Formats.score(v)), "col-score", 60);
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
        add(status, "col-status", 80);
        for (Category c : Category.values()) {
            if (model.categoryAverages().containsKey(c)) {
                add(numbers(c.label(), a -> a.score().categories().get(c), v -> Formats.score(v)), "col-" + c.name(), 75);
            }
        }
        TableColumn<AccountSummary, double[]> trend = Tables.column(ctx.text("col.trend"), a -> model.insights().trend(a.externalId()));
        trend.setCellFactory(c -> new TrendCell<>());
        trend.setSortable(false);
        add(trend, "col-trend", 70);
        SortedList<AccountSummary> sorted = new SortedList<>(model.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // Riskiest first, shown as the table's own sort so a click on a header changes it.
        status.setSortType(TableColumn.SortType.ASCENDING);
        revenue.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(status, revenue));
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
            table.getItems().stream().filter(a -> a.externalId().equals(state.selectedId())).findFirst().ifPresent(a -> {
                table.getSelectionModel().select(a);
                table.scrollTo(a);
            });
        }
    }

    private <T> void add(TableColumn<AccountSummary, T> column, String id, double min) {
        column.setId(id);
        column.setMinWidth(min);
        table.getColumns().add(column);
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
