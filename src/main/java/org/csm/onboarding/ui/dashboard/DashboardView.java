package org.csm.onboarding.ui.dashboard;

import java.util.List;
import java.util.Map;

import javafx.collections.FXCollections;
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

import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.service.AccountOverview.AccountSummary;
import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.ui.common.UiContext;

/// The dashboard: tiles, the accounts table with filters and the selected account's
/// explanation, and a charts tab (score distribution, category averages).
public final class DashboardView extends BorderPane {

    private final DashboardViewModel model;
    private final UiContext ctx;
    private final AskViewModel ask;
    private final AccountsTable accounts;
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
        // One menu for both playbook actions: the header must fit 1024 px with the title readable.
        javafx.scene.control.MenuItem edit = new javafx.scene.control.MenuItem(ctx.text("playbooks.edit"));
        edit.setId("playbooksEdit");
        edit.setOnAction(e -> editPlaybooks());
        javafx.scene.control.MenuItem plan = new javafx.scene.control.MenuItem(ctx.text("actionPlan.button"));
        plan.setId("actionPlanItem");
        plan.setOnAction(e -> {
            ActionPlanDialog dialog = new ActionPlanDialog(ctx, model, model.csmFilterProperty().get());
            dialog.initOwner(getScene().getWindow());
            dialog.show();
        });
        javafx.scene.control.MenuButton playbooks = new javafx.scene.control.MenuButton(ctx.text("playbooks.button"), null, edit, plan);
        playbooks.setId("playbooksMenu");
        playbooks.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.ProgressBar working = new javafx.scene.control.ProgressBar();
        working.setId("dashboardProgress");
        working.setPrefWidth(90);
        working.progressProperty().bind(ctx.tasks().progressProperty());
        working.visibleProperty().bind(ctx.tasks().runningProperty());
        working.managedProperty().bind(working.visibleProperty());
        HBox head = new HBox(title, spacer, working, back, change, playbooks, export);
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
        ask.buildWith(progress -> model.insights().newEngine());
        this.accounts = new AccountsTable(ctx, model);
        this.accountsTable = accounts.view();
        TextField askField = new TextField();
        // The engine and its completions are made off the FX thread when the box is first used.
        askField.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                ask.warmUp();
            }
        });
        accountsTab = new Tab(ctx.text("dashboard.tab.accounts"), accountsPane());
        answerTab = new Tab(ctx.text("dashboard.tab.answer"), new AskPane(ctx, ask, askField, this::openAccount));
        answerTab.setId("answerTab");
        Tab changedTab = new Tab(ctx.text("dashboard.tab.changed"), new WhatChangedPane(ctx, model.insights(), this::openAccount));
        changedTab.setId("whatChangedTab");
        Tab charts = new Tab(ctx.text("dashboard.tab.charts"));
        // Made in an event of its own after the dashboard shows (or when first selected): on a
        // fresh start the charts alone cost ~70 ms of the FX thread, on top of the opening's.
        Runnable makeCharts = () -> {
            if (charts.getContent() == null) {
                charts.setContent(DashboardCharts.pane(ctx, model));
            }
        };
        charts.selectedProperty().addListener((o, was, shown) -> makeCharts.run());
        javafx.application.Platform.runLater(makeCharts);
        tabs = new TabPane(accountsTab, answerTab, changedTab, charts);
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
        if (AccountsTable.select(accountsTable, model, externalId)) {
            tabs.getSelectionModel().select(accountsTab);
        }
    }

    /// Runs after an account was added or edited by hand or the playbooks changed, to show the
    /// new scores and recommendations.
    public void setOnAccountsChanged(Runnable action) {
        accountsChanged = action;
    }

    private static final javafx.css.PseudoClass ACTIVE = javafx.css.PseudoClass.getPseudoClass("active");

    private HBox tiles() {
        Map<HealthStatus, Integer> counts = model.countByStatus();
        HBox tiles = new HBox(tile("tileAccounts", ctx.text("dashboard.tile.accounts"), Formats.count(model.all().size()), "tile"));
        tiles.getChildren().getFirst().setOnMouseClicked(e -> {
            model.statusFilterProperty().set(null);
            model.atRiskOrCriticalProperty().set(false);
        });
        Map<HealthStatus, VBox> statusTiles = new java.util.EnumMap<>(HealthStatus.class);
        for (HealthStatus s : HealthStatus.values()) {
            VBox t = tile("tile-" + s.code(), ctx.text("status." + s.code()), Formats.count(counts.getOrDefault(s, 0)),
                    "status-" + s.code());
            // A status tile filters the table to its accounts; clicking it again shows all.
            t.setOnMouseClicked(e -> {
                model.atRiskOrCriticalProperty().set(false);
                model.statusFilterProperty().set(model.statusFilterProperty().get() == s ? null : s);
                tabs.getSelectionModel().select(accountsTab);
            });
            t.getStyleClass().add("clickable");
            tiles.getChildren().add(t);
            statusTiles.put(s, t);
        }
        tiles.getChildren().add(tile("tileAverage", ctx.text("dashboard.tile.average"), Formats.score(model.averageScore()), "tile"));
        VBox atRisk = tile("tileRevenueAtRisk", ctx.text("dashboard.tile.revenueAtRisk"),
                model.revenueAtRisk() == null ? "–" : Formats.money(model.revenueAtRisk()), "tile");
        // The money at risk filters to the accounts it adds up (At Risk and Critical), riskiest first.
        atRisk.setOnMouseClicked(e -> {
            model.statusFilterProperty().set(null);
            model.atRiskOrCriticalProperty().set(!model.atRiskOrCriticalProperty().get());
            tabs.getSelectionModel().select(accountsTab);
        });
        atRisk.getStyleClass().add("clickable");
        tiles.getChildren().add(atRisk);
        // The tile whose filter is on is outlined, so a shorter table never looks like missing accounts.
        Runnable outline = () -> {
            statusTiles.forEach((s, t) -> t.pseudoClassStateChanged(ACTIVE, model.statusFilterProperty().get() == s));
            atRisk.pseudoClassStateChanged(ACTIVE, model.atRiskOrCriticalProperty().get());
        };
        model.statusFilterProperty().addListener(o -> outline.run());
        model.atRiskOrCriticalProperty().addListener(o -> outline.run());
        outline.run();
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

    /// What a CSM set up on the accounts table: sort columns (by id, with direction), filters
    /// and the selected account. It survives a rescore or a new import.
    public record TableState(List<String> sortColumns, List<TableColumn.SortType> sortTypes, String selectedId,
                             HealthStatus status, String segment, String csm, String search) {
    }

    public String workspace() {
        return model.workspace();
    }

    public TableState state() {
        return accounts.state(model);
    }

    /// Lets go of the accounts once this dashboard is off screen (a million take ~400 MB).
    public void release() {
        model.release();
        ask.invalidate();
    }

    /// Restores what [#state] returned from an earlier dashboard (after a rescore or an import).
    public void restore(TableState state) {
        model.statusFilterProperty().set(state.status());
        model.segmentFilterProperty().set(model.segments().contains(state.segment()) ? state.segment() : null);
        model.csmFilterProperty().set(model.csms().contains(state.csm()) ? state.csm() : null);
        model.searchProperty().set(state.search() == null ? "" : state.search());
        accounts.restore(state);
    }

    private SplitPane accountsPane() {
        TableView<AccountSummary> table = accountsTable;
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        VBox left = new VBox(filters(), table);
        left.getStyleClass().add("accounts-pane");
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, new AccountDetailPane(model, ctx.messages()));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        // The table gets the larger share: at 1024x700 half of it showed only three accounts.
        split.setDividerPositions(0.6);
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
        // Shown while a filter, search or sort runs over the accounts (off the FX thread).
        javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
        busy.setId("dashboardBusy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        HBox bar = new HBox(status, segment, csm, search, busy);
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

    private void editPlaybooks() {
        PlaybookEditor editor = new PlaybookEditor(ctx, model.workspace(), new PlaybookEditorModel(model.insights().catalog(),
                model.insights().table().orElse(null)), () -> accountsChanged.run());
        editor.initOwner(getScene().getWindow());
        editor.show();
    }

    private void export() {
        ctx.files().chooseSaveTarget(getScene().getWindow(), model.workspace() + "-scores.xlsx", "*.xlsx", "*.csv")
                .ifPresent(target -> {
                    // The rows as shown (filter and sort), copied here; written off the FX thread.
                    java.util.List<AccountSummary> rows = model.visibleSnapshot();
                    ctx.tasks().run(ctx.text("task.exporting"), progress -> {
                        model.export(target, rows);
                        return target;
                    }, t -> ctx.dialogs().showInfo(ctx.text("dashboard.exported"), t.toString()), ctx::fail);
                });
    }
}
