package org.csm.onboarding.ui.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.csm.onboarding.engine.ask.KpiNature;
import org.csm.onboarding.engine.playbook.Recommendation;
import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.engine.score.KpiScorer;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiScore;
import org.csm.onboarding.service.AccountOverview.AccountSummary;
import org.csm.onboarding.service.AccountRows;
import java.util.function.IntBinaryOperator;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.ui.common.LatestOnly;
import org.csm.onboarding.ui.common.UiContext;

/// The dashboard's state: all scored accounts of a workspace, the filters over them, the
/// figures for the tiles and charts, and the selected account's explanation.
public final class DashboardViewModel {

    /// One KPI line of an account's explanation, with the way to the next band in words.
    public record KpiLine(KpiScore kpi, String nextBand) {
    }

    private final UiContext ctx;
    private final String workspace;
    /// Every account, riskiest first; `visible` is the filtered rows in the table's sort order.
    /// Both hold row numbers into the loaded columns, not a row object per account.
    private RowList all = new RowList();
    private final ObjectProperty<RowList> visible = new SimpleObjectProperty<>(new RowList());
    private AccountRows rows = AccountRows.empty();
    private int[] riskOrder = new int[0];
    private IntBinaryOperator tableOrder;
    private final ObjectProperty<HealthStatus> statusFilter = new SimpleObjectProperty<>();
    /// The accounts behind "Contract value at risk": At Risk and Critical together.
    private final BooleanProperty atRiskOrCritical = new SimpleBooleanProperty();
    private final ObjectProperty<String> segmentFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> csmFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AccountSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<KpiLine> explanation = FXCollections.observableArrayList();
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty changes = new SimpleStringProperty("");
    private final ObservableList<Recommendation> playbooks = FXCollections.observableArrayList();
    private final StringProperty missing = new SimpleStringProperty("");
    private final AccountInsights insights;
    private HealthScaleResolver.Resolution scale;
    /// The workspace's KPIs, its custom ones included: what an explanation names and misses.
    private KpiCatalog catalog = KpiCatalog.standard();
    private DashboardFigures figures = DashboardFigures.of(AccountRows.empty());
    /// Filtering and sorting a million rows takes from tens of milliseconds to seconds: off the FX
    /// thread, the newest request winning (a keystroke supersedes the search before it).
    private final LatestOnly recompute;

    public DashboardViewModel(UiContext ctx, String workspace) {
        this.ctx = ctx;
        this.workspace = workspace;
        this.recompute = ctx.tasks().latestOnly();
        this.insights = new AccountInsights(ctx.store(), workspace);
        statusFilter.addListener(o -> refilter());
        atRiskOrCritical.addListener(o -> refilter());
        segmentFilter.addListener(o -> refilter());
        csmFilter.addListener(o -> refilter());
        search.addListener(o -> refilter());
        selected.addListener((o, a, b) -> explain(b));
    }

    /// What [#read] fetched, handed to the FX thread by [#show].
    public record Loaded(AccountRows accounts, int[] riskOrder, DashboardFigures figures, HealthScaleResolver.Resolution scale,
                         KpiCatalog catalog) {
    }

    /// Reads the accounts, scores, playbooks and history. Touches nothing the screen observes,
    /// so it runs off the FX thread; [#show] then puts the result on screen.
    public Loaded read(org.csm.onboarding.engine.Progress progress) throws StoreException {
        progress.update(ctx.text("task.loadingDashboard"), 0, 3);
        // One read of the snapshot serves the table, the Ask box and the playbooks.
        insights.load();
        AccountRows accounts = insights.rows();
        progress.update(ctx.text("task.loadingDashboard"), 1, 3);
        // The table opens riskiest first: status, then the contract value at stake.
        int[] order = accounts.byId();
        RowSort.sort(order, RowOrders.risk(accounts));
        DashboardFigures totals = DashboardFigures.of(accounts);
        progress.update(ctx.text("task.loadingDashboard"), 2, 3);
        HealthScaleResolver.Resolution resolution = ctx.workspaces().healthScale(workspace);
        progress.update(ctx.text("task.loadingDashboard"), 3, 3);
        return new Loaded(accounts, order, totals, resolution, ctx.workspaces().config(workspace).catalog());
    }

    /// On the FX thread: shows what [#read] fetched.
    public void show(Loaded loaded) {
        scale = loaded.scale();
        catalog = loaded.catalog();
        rows = loaded.accounts();
        riskOrder = loaded.riskOrder();
        figures = loaded.figures();
        all = new RowList(rows, riskOrder);
        // Riskiest first is the order the table opens with: no filter, nothing to compute.
        tableOrder = null;
        refilter();
    }

    /// Drops the accounts (the dashboard left the screen): the table empties, nothing is selected.
    public void release() {
        selected.set(null);
        rows = AccountRows.empty();
        riskOrder = new int[0];
        all = new RowList();
        recompute.supersede();
        visible.set(new RowList());
        insights.release();
    }

    /// Reads and shows in one go (tests, which run on one thread).
    public void load() throws StoreException {
        show(read(org.csm.onboarding.engine.Progress.NONE));
    }

    /// Sorts the visible rows (the table's sort policy); null keeps the riskiest-first order.
    public void sortBy(IntBinaryOperator order) {
        if (order == null && tableOrder == null) {
            return;
        }
        tableOrder = order;
        if (order == null || recompute.busyProperty().get()) {
            // Back to riskiest first, or a filter still on its way: filter and sort in one go.
            refilter();
            return;
        }
        // The rows as shown, sorted again: ties keep the order they had (a stable sort, as JavaFX's).
        RowList shown = visible.get();
        recompute.run(progress -> shown.sorted(order, progress), visible::set, ctx::fail);
    }

    /// True while the table's rows are being filtered or sorted (a "Loading" sign shows it).
    public javafx.beans.value.ObservableBooleanValue busyProperty() {
        return recompute.busyProperty();
    }

    /// The loaded accounts as columns.
    public AccountRows rows() {
        return rows;
    }

    /// The position of the account in the table as filtered and sorted, -1 when it is filtered out.
    public int visibleIndexOf(String externalId) {
        int row = rows.indexOf(externalId);
        return row < 0 ? -1 : visible.get().indexOfRow(row);
    }

    /// The visible accounts in the table's order, copied (the rows, not summaries) for work off the FX thread.
    public List<AccountSummary> visibleSnapshot() {
        return visible.get().snapshot();
    }

    /// Playbooks, trends and what changed for this workspace.
    public AccountInsights insights() {
        return insights;
    }

    /// Filters (and sorts, when the table is sorted by a column) the rows off the FX thread;
    /// no filter in risk order needs no work at all.
    private void refilter() {
        RowFilter filter = new RowFilter(statusFilter.get(), atRiskOrCritical.get(), segmentFilter.get(), csmFilter.get(),
                search.get());
        AccountRows source = rows;
        int[] order = riskOrder;
        IntBinaryOperator sort = tableOrder;
        if (filter.isEmpty() && sort == null) {
            recompute.supersede();
            visible.set(new RowList(source, order));
            return;
        }
        recompute.run(progress -> {
            int[] shown = filter.apply(source, order, progress);
            if (sort != null) {
                RowSort.sort(shown, sort, progress);
            }
            return new RowList(source, shown);
        }, visible::set, ctx::fail);
    }

    public Map<HealthStatus, Integer> countByStatus() {
        return figures.countByStatus();
    }

    /// The score an account shows: none (a dash) when it has too little data to be scored,
    /// whatever number the partial KPIs would give.
    public static Double shownScore(AccountSummary account) {
        return account.score().status() == HealthStatus.INSUFFICIENT_DATA ? null : account.score().overall();
    }

    /// Null (shown as a dash) when no account has enough data.
    public Double averageScore() {
        return figures.averageScore();
    }

    /// Annual contract value of the accounts At Risk or Critical; null when no account has enough data to say.
    public Double revenueAtRisk() {
        return figures.revenueAtRisk();
    }

    /// The bands the histogram colours by, in stacking order.
    public static final List<HealthStatus> BANDS = DashboardFigures.BANDS;

    /// Scored accounts per 10-point score bucket (0-9.99 ... 90-100) split by each account's
    /// band: `[band index in BANDS][bucket]`. A bucket that straddles a band threshold (30-40
    /// holds Critical 33 and At Risk 35) shows both.
    public int[][] distributionByBand() {
        return figures.distributionByBand();
    }

    public Map<Category, Double> categoryAverages() {
        return figures.categoryAverages();
    }

    public List<String> segments() {
        return figures.segments();
    }

    public List<String> csms() {
        return figures.csms();
    }

    private void explain(AccountSummary account) {
        explanation.clear();
        detail.set("");
        playbooks.clear();
        missing.set("");
        if (account == null) {
            return;
        }
        // Computed from the snapshot the dashboard holds in memory: no database on the FX thread.
        HealthScore score = insights.details(account.externalId()).orElse(account.score());
        playbooks.setAll(insights.playbooks(account.externalId()));
        explanation.setAll(lines(score));
        List<String> absent = missingKpis(score);
        missing.set(absent.isEmpty() ? "" : ctx.text("dashboard.detail.missing", String.join(", ", absent)));
        String file = account.fileHealthScore() == null ? ctx.text("dashboard.detail.noFileScore")
                : ctx.text("dashboard.detail.fileScore", Formats.plain(account.fileHealthScore()),
                Formats.score(scale.toHundred(account.fileHealthScore())));
        detail.set(ctx.text("dashboard.detail", account.name(), account.externalId(), Formats.score(score.overall()),
                ctx.text("status." + score.status().code()), Formats.percent(score.coverage()), file));
    }

    /// The account's KPI lines: what the CSM can influence first, then what describes the
    /// account's size (whose "next band" is no action).
    List<KpiLine> lines(HealthScore score) {
        List<KpiScore> ordered = new ArrayList<>(score.kpis());
        ordered.sort(java.util.Comparator.comparing((KpiScore k) -> KpiNature.of(k.kpiKey(), k.category())));
        List<KpiLine> lines = new ArrayList<>(ordered.size());
        for (KpiScore k : ordered) {
            String next = KpiNature.of(k.kpiKey(), k.category()) == KpiNature.SIZE
                    ? ctx.text("dashboard.detail.sizeKpi")
                    : KpiScorer.describeNextBand(k, catalog.get(k.kpiKey()).direction());
            lines.add(new KpiLine(k, next));
        }
        return lines;
    }

    /// The names of the workspace's KPIs (custom ones included) the account has no value for.
    List<String> missingKpis(HealthScore score) {
        return catalog.kpis().stream()
                .filter(def -> score.kpis().stream().noneMatch(k -> k.kpiKey().equals(def.key())))
                .map(org.csm.onboarding.model.KpiDefinition::name).toList();
    }

    /// The visible accounts in the table's order and every one's explanation, to .xlsx or .csv.
    /// Runs off the FX thread: `accounts` is a copy taken on it.
    public void export(Path target, List<AccountSummary> accounts) throws java.io.IOException {
        new DashboardExport(ctx, this).write(target, accounts);
    }

    /// A KPI's value as the CSM reads it: its label, or the number grouped with its unit ("13.45%").
    String valueText(KpiScore k) {
        return k.label() != null ? k.label() : k.value() == null ? "" : insights.unit(k.kpiKey()).format(k.value());
    }

    public String workspace() {
        return workspace;
    }

    public ObservableList<AccountSummary> visible() {
        return visible.get();
    }

    /// The visible accounts: a new list after each filter change (see [RowList]).
    ObjectProperty<RowList> visibleProperty() {
        return visible;
    }

    public ObservableList<AccountSummary> all() {
        return all;
    }

    public BooleanProperty atRiskOrCriticalProperty() {
        return atRiskOrCritical;
    }

    public ObjectProperty<HealthStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<String> segmentFilterProperty() {
        return segmentFilter;
    }

    public ObjectProperty<String> csmFilterProperty() {
        return csmFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<AccountSummary> selectedProperty() {
        return selected;
    }

    public ObservableList<KpiLine> explanation() {
        return explanation;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    /// The selected account's recommended playbooks.
    public ObservableList<Recommendation> playbooks() {
        return playbooks;
    }

    /// The KPIs the selected account has no value for, in words ("" when none is missing).
    public StringProperty missingProperty() {
        return missing;
    }

    /// What the last configuration change did, shown as a banner.
    public StringProperty changesProperty() {
        return changes;
    }
}
