package org.csm.onboarding.ui.dashboard;

import java.util.Map;

import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.service.AccountOverview.AccountSummary;
import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.ui.common.Tables;
import org.csm.onboarding.ui.common.UiContext;

/// The dashboard: tiles, the accounts table with filters and the selected account's
/// explanation, and a charts tab (score distribution, category averages).
public final class DashboardView extends BorderPane {

    private final DashboardViewModel model;
    private final UiContext ctx;
    private final AskViewModel ask;
    private final TableView<AccountSummary> accountsTable;
    private final TabPane tabs;
    private final Tab accountsTab;
    private final Tab answerTab;
    private Runnable accountsChanged = () -> { };

    /// `changeConfig` goes back to the weights and ranges steps; `home` to the start screen.
    public DashboardView(UiContext ctx, DashboardViewModel model, Runnable changeConfig, Runnable home) {
        this.ctx = ctx;
        this.model = model;
        getStyleClass().add("dashboard");
        Label title = new Label(ctx.text("dashboard.title", model.workspace()));
        title.getStyleClass().add("title-2");
        Button change = new Button(ctx.text("dashboard.changeConfig"));
        change.setId("changeConfigButton");
        change.setOnAction(e -> changeConfig.run());
        Button export = new Button(ctx.text("dashboard.export"));
        export.setId("exportButton");
        export.setOnAction(e -> export());
        Button back = new Button(ctx.text("dashboard.home"));
        back.setId("homeButton");
        back.setOnAction(e -> home.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(title, spacer, back, change, export);
        head.getChildren().addAll(ManualAccountActions.buttons(ctx, model, () -> getScene().getWindow(), () -> accountsChanged.run()));
        head.getStyleClass().add("button-row");
        // Buttons keep their labels; a long workspace name gives way (full name in the tooltip).
        head.getChildren().stream().filter(Button.class::isInstance).forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
        title.setMinWidth(0);
        title.setTooltip(new javafx.scene.control.Tooltip(title.getText()));
        Label changes = new Label();
        changes.setId("changesBanner");
        changes.getStyleClass().add("notice");
        changes.setWrapText(true);
        // Never squeezed to an ellipsis by the tiles below it: the banner keeps its wrapped height.
        changes.setMinHeight(Region.USE_PREF_SIZE);
        changes.setMaxWidth(Double.MAX_VALUE);
        changes.textProperty().bind(model.changesProperty());
        changes.visibleProperty().bind(model.changesProperty().isNotEmpty());
        changes.managedProperty().bind(changes.visibleProperty());
        this.ask = new AskViewModel(ctx, model.workspace());
        model.insights().engine().ifPresent(ask::adopt);
        this.accountsTable = Tables.table("accountsTable", ctx.text("dashboard.noAccounts"));
        TextField askField = new TextField();
        accountsTab = new Tab(ctx.text("dashboard.tab.accounts"), accountsPane());
        answerTab = new Tab(ctx.text("dashboard.tab.answer"), new AskPane(ctx, ask, askField, this::openAccount));
        answerTab.setId("answerTab");
        Tab changedTab = new Tab(ctx.text("dashboard.tab.changed"), new WhatChangedPane(ctx, model.insights(), this::openAccount));
        changedTab.setId("whatChangedTab");
        tabs = new TabPane(accountsTab, answerTab, changedTab, new Tab(ctx.text("dashboard.tab.charts"), chartsPane()));
        tabs.setId("dashboardTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        HBox askBar = AskPane.askBar(ctx, ask, askField, () -> tabs.getSelectionModel().select(answerTab));
        VBox top = new VBox(head, org.csm.onboarding.ui.common.ImportSummary.line(ctx, model.workspace()), changes, tiles(), askBar);
        top.getStyleClass().add("dashboard-top");
        setTop(top);
        setCenter(tabs);
    }

    /// Shows the account in the accounts table and its explanation (from an answer row or a change).
    private void openAccount(String externalId) {
        model.statusFilterProperty().set(null);
        model.segmentFilterProperty().set(null);
        model.csmFilterProperty().set(null);
        model.searchProperty().set("");
        accountsTable.getItems().stream().filter(a -> a.externalId().equals(externalId)).findFirst().ifPresent(a -> {
            tabs.getSelectionModel().select(accountsTab);
            accountsTable.getSelectionModel().select(a);
            accountsTable.scrollTo(a);
        });
    }

    /// Runs after an account was added or edited by hand, to show the new scores.
    public void setOnAccountsChanged(Runnable action) {
        accountsChanged = action;
    }

    private HBox tiles() {
        Map<HealthStatus, Integer> counts = model.countByStatus();
        HBox tiles = new HBox(tile("tileAccounts", ctx.text("dashboard.tile.accounts"), Formats.count(model.all().size()), "tile"));
        tiles.getChildren().getFirst().setOnMouseClicked(e -> model.statusFilterProperty().set(null));
        for (HealthStatus s : HealthStatus.values()) {
            VBox t = tile("tile-" + s.code(), ctx.text("status." + s.code()), Formats.count(counts.getOrDefault(s, 0)),
                    "status-" + s.code());
            // A status tile filters the table to its accounts; clicking it again shows all.
            t.setOnMouseClicked(e -> {
                model.statusFilterProperty().set(model.statusFilterProperty().get() == s ? null : s);
                tabs.getSelectionModel().select(accountsTab);
            });
            t.getStyleClass().add("clickable");
            tiles.getChildren().add(t);
        }
        tiles.getChildren().add(tile("tileAverage", ctx.text("dashboard.tile.average"), Formats.score(model.averageScore()), "tile"));
        tiles.getChildren().add(tile("tileRevenueAtRisk", ctx.text("dashboard.tile.revenueAtRisk"),
                model.revenueAtRisk() == null ? "–" : Formats.money(model.revenueAtRisk()), "tile"));
        tiles.getStyleClass().add("tiles");
        return tiles;
    }

    private static VBox tile(String id, String caption, String value, String styleClass) {
        Label number = new Label(value);
        number.getStyleClass().add("tile-value");
        Label label = new Label(caption);
        label.getStyleClass().add("tile-caption");
        VBox tile = new VBox(number, label);
        tile.setId(id);
        tile.getStyleClass().addAll("tile", styleClass);
        HBox.setHgrow(tile, Priority.ALWAYS);
        return tile;
    }

    private static <T> TableColumn<AccountSummary, T> minWidth(TableColumn<AccountSummary, T> column, double min) {
        column.setMinWidth(min);
        return column;
    }

    private SplitPane accountsPane() {
        TableView<AccountSummary> table = accountsTable;
        // The constrained policy otherwise squeezes every column alike: ids and names were cut to
        // "SRVL-3..." at 1000 px. Text columns keep a readable minimum; numbers need less.
        table.getColumns().add(minWidth(Tables.column(ctx.text("col.id"), AccountSummary::externalId), 90));
        table.getColumns().add(minWidth(Tables.column(ctx.text("col.account"), AccountSummary::name), 150));
        table.getColumns().add(minWidth(Tables.column(ctx.text("col.segment"), AccountSummary::segment), 100));
        table.getColumns().add(minWidth(Tables.column(ctx.text("col.csm"), AccountSummary::csm), 100));
        TableColumn<AccountSummary, Double> score = Tables.column(ctx.text("col.score"), DashboardViewModel::shownScore);
        score.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : Formats.score(v));
            }
        });
        table.getColumns().add(minWidth(score, 60));
        TableColumn<AccountSummary, String> status = Tables.column(ctx.text("col.status"),
                a -> ctx.text("status." + a.score().status().code()));
        status.setCellFactory(c -> new StatusCell<>("status-"));
        table.getColumns().add(minWidth(status, 80));
        for (Category c : Category.values()) {
            if (model.categoryAverages().containsKey(c)) {
                TableColumn<AccountSummary, Double> cat = Tables.column(c.label(), a -> a.score().categories().get(c));
                cat.setCellFactory(x -> new javafx.scene.control.TableCell<>() {
                    @Override
                    protected void updateItem(Double v, boolean empty) {
                        super.updateItem(v, empty);
                        setText(empty ? null : Formats.score(v));
                    }
                });
                table.getColumns().add(minWidth(cat, 75));
            }
        }
        TableColumn<AccountSummary, double[]> trend = Tables.column(ctx.text("col.trend"), a -> model.insights().trend(a.externalId()));
        trend.setCellFactory(c -> new TrendCell<>());
        trend.setSortable(false);
        table.getColumns().add(minWidth(trend, 70));
        SortedList<AccountSummary> sorted = new SortedList<>(model.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        VBox left = new VBox(filters(), table);
        left.getStyleClass().add("accounts-pane");
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, new AccountDetailPane(model, ctx.messages()));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return split;
    }

    private HBox filters() {
        ComboBox<HealthStatus> status = new ComboBox<>(FXCollections.observableArrayList(HealthStatus.values()));
        status.getItems().addFirst(null);
        status.setId("statusFilter");
        status.setConverter(names(s -> ctx.text("status." + s.code()), ctx.text("dashboard.filter.allStatuses")));
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        ComboBox<String> segment = new ComboBox<>(FXCollections.observableArrayList(model.segments()));
        segment.getItems().addFirst(null);
        segment.setId("segmentFilter");
        segment.setConverter(names(s -> s, ctx.text("dashboard.filter.allSegments")));
        segment.valueProperty().bindBidirectional(model.segmentFilterProperty());
        ComboBox<String> csm = new ComboBox<>(FXCollections.observableArrayList(model.csms()));
        csm.getItems().addFirst(null);
        csm.setId("csmFilter");
        csm.setConverter(names(s -> s, ctx.text("dashboard.filter.allCsms")));
        csm.valueProperty().bindBidirectional(model.csmFilterProperty());
        TextField search = new TextField();
        search.setId("searchField");
        search.setPromptText(ctx.text("dashboard.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox bar = new HBox(status, segment, csm, search);
        bar.getStyleClass().add("button-row");
        return bar;
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private HBox chartsPane() {
        BarChart<String, Number> distribution = new BarChart<>(new CategoryAxis(), new NumberAxis());
        distribution.setId("distributionChart");
        distribution.setTitle(ctx.text("dashboard.chart.distribution"));
        distribution.setLegendVisible(false);
        distribution.setAnimated(false);
        XYChart.Series<String, Number> buckets = new XYChart.Series<>();
        int[] counts = model.distribution();
        for (int i = 0; i < counts.length; i++) {
            buckets.getData().add(new XYChart.Data<>((i * 10) + "–" + (i * 10 + 10), counts[i]));
        }
        distribution.getData().add(buckets);
        BarChart<String, Number> categories = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
        categories.setId("categoryChart");
        categories.setTitle(ctx.text("dashboard.chart.categories"));
        categories.setLegendVisible(false);
        categories.setAnimated(false);
        XYChart.Series<String, Number> averages = new XYChart.Series<>();
        for (Map.Entry<Category, Double> e : model.categoryAverages().entrySet()) {
            averages.getData().add(new XYChart.Data<>(e.getKey().label(), e.getValue()));
        }
        categories.getData().add(averages);
        HBox charts = new HBox(distribution, categories);
        HBox.setHgrow(distribution, Priority.ALWAYS);
        HBox.setHgrow(categories, Priority.ALWAYS);
        charts.getStyleClass().add("charts");
        return charts;
    }

    private void export() {
        ctx.files().chooseSaveTarget(getScene().getWindow(), model.workspace() + "-scores.xlsx", "*.xlsx", "*.csv")
                .ifPresent(target -> {
                    try {
                        model.export(target);
                        ctx.dialogs().showInfo(ctx.text("dashboard.exported"), target.toString());
                    } catch (java.io.IOException | RuntimeException e) {
                        ctx.fail(e);
                    }
                });
    }
}
