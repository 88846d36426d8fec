package org.csm.onboarding.ui.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

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
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.ui.common.UiContext;

/// The dashboard's state: all scored accounts of a workspace, the filters over them, the
/// figures for the tiles and charts, and the selected account's explanation.
public final class DashboardViewModel {

    /// One KPI line of an account's explanation, with the way to the next band in words.
    public record KpiLine(KpiScore kpi, String nextBand) {
    }

    private final UiContext ctx;
    private final String workspace;
    private final ObservableList<AccountSummary> all = FXCollections.observableArrayList();
    private final FilteredList<AccountSummary> visible = new FilteredList<>(all);
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

    public DashboardViewModel(UiContext ctx, String workspace) {
        this.ctx = ctx;
        this.workspace = workspace;
        this.insights = new AccountInsights(ctx.store(), workspace);
        statusFilter.addListener(o -> refilter());
        atRiskOrCritical.addListener(o -> refilter());
        segmentFilter.addListener(o -> refilter());
        csmFilter.addListener(o -> refilter());
        search.addListener(o -> refilter());
        selected.addListener((o, a, b) -> explain(b));
    }

    /// What [#read] fetched, handed to the FX thread by [#show].
    public record Loaded(List<AccountSummary> accounts, HealthScaleResolver.Resolution scale, KpiCatalog catalog) {
    }

    /// Reads the accounts, scores, playbooks and history. Touches nothing the screen observes,
    /// so it runs off the FX thread; [#show] then puts the result on screen.
    public Loaded read(org.csm.onboarding.engine.Progress progress) throws StoreException {
        progress.update(ctx.text("task.loadingDashboard"), 0, 3);
        List<AccountSummary> accounts = new ArrayList<>(ctx.overview().accounts(workspace));
        // The table opens riskiest first: status, then the contract value at stake.
        accounts.sort(RISK_ORDER);
        progress.update(ctx.text("task.loadingDashboard"), 1, 3);
        HealthScaleResolver.Resolution resolution = ctx.workspaces().healthScale(workspace);
        insights.load();
        progress.update(ctx.text("task.loadingDashboard"), 3, 3);
        return new Loaded(accounts, resolution, ctx.workspaces().config(workspace).catalog());
    }

    /// On the FX thread: shows what [#read] fetched.
    public void show(Loaded loaded) {
        scale = loaded.scale();
        catalog = loaded.catalog();
        all.setAll(loaded.accounts());
    }

    /// Reads and shows in one go (tests, which run on one thread).
    public void load() throws StoreException {
        show(read(org.csm.onboarding.engine.Progress.NONE));
    }

    /// Riskiest first: status (Critical, At Risk, Insufficient data, Healthy), then the larger
    /// contract value first.
    public static final java.util.Comparator<AccountSummary> RISK_ORDER = java.util.Comparator
            .comparingInt((AccountSummary a) -> org.csm.onboarding.engine.ask.AskTable.riskRank(a.score().status()))
            .thenComparing(a -> a.revenue() == null ? 0 : -a.revenue());

    /// Playbooks, trends and what changed for this workspace.
    public AccountInsights insights() {
        return insights;
    }

    private void refilter() {
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        visible.setPredicate(a -> (statusFilter.get() == null || a.score().status() == statusFilter.get())
                && (!atRiskOrCritical.get() || atRiskOrCritical(a))
                && (segmentFilter.get() == null || segmentFilter.get().equals(a.segment()))
                && (csmFilter.get() == null || csmFilter.get().equals(a.csm()))
                && (text.isEmpty() || (a.name() + " " + a.externalId()).toLowerCase(Locale.ROOT).contains(text)));
    }

    public Map<HealthStatus, Integer> countByStatus() {
        Map<HealthStatus, Integer> counts = new EnumMap<>(HealthStatus.class);
        all.forEach(a -> counts.merge(a.score().status(), 1, Integer::sum));
        return counts;
    }

    /// The score an account shows: none (a dash) when it has too little data to be scored,
    /// whatever number the partial KPIs would give.
    public static Double shownScore(AccountSummary account) {
        return account.score().status() == HealthStatus.INSUFFICIENT_DATA ? null : account.score().overall();
    }

    /// Accounts with a score that means something: insufficient data is left out of every total.
    private java.util.stream.Stream<AccountSummary> scored() {
        return all.stream().filter(a -> shownScore(a) != null);
    }

    /// Null (shown as a dash) when no account has enough data.
    public Double averageScore() {
        return scored().map(DashboardViewModel::shownScore).mapToDouble(Double::doubleValue)
                .average().stream().boxed().findFirst().orElse(null);
    }

    /// The accounts "Contract value at risk" adds up, and its tile filters to.
    private static boolean atRiskOrCritical(AccountSummary a) {
        return a.score().status() == HealthStatus.AT_RISK || a.score().status() == HealthStatus.CRITICAL;
    }

    /// Annual contract value of the accounts At Risk or Critical; null when no account has enough data to say.
    public Double revenueAtRisk() {
        if (scored().findAny().isEmpty()) {
            return null;
        }
        return all.stream().filter(DashboardViewModel::atRiskOrCritical)
                .map(AccountSummary::revenue).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }

    /// Scored accounts per 10-point score bucket (0-9.99 ... 90-100).
    public int[] distribution() {
        int[] buckets = new int[10];
        scored().map(DashboardViewModel::shownScore).forEach(s -> buckets[Math.min(9, (int) (s / 10))]++);
        return buckets;
    }

    /// The bands the histogram colours by, in stacking order.
    public static final List<HealthStatus> BANDS = List.of(HealthStatus.CRITICAL, HealthStatus.AT_RISK, HealthStatus.HEALTHY);

    /// [#distribution] split by each account's band: `[band index in BANDS][bucket]`. A bucket
    /// that straddles a band threshold (30-40 holds Critical 33 and At Risk 35) shows both.
    public int[][] distributionByBand() {
        int[][] counts = new int[BANDS.size()][10];
        scored().forEach(a -> counts[BANDS.indexOf(a.score().status())][Math.min(9, (int) (shownScore(a) / 10))]++);
        return counts;
    }

    public Map<Category, Double> categoryAverages() {
        Map<Category, Double> averages = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            scored().map(a -> a.score().categories().get(c)).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                    .average().ifPresent(v -> averages.put(c, v));
        }
        return averages;
    }

    public List<String> segments() {
        return distinct(all.stream().map(AccountSummary::segment).toList());
    }

    public List<String> csms() {
        return distinct(all.stream().map(AccountSummary::csm).toList());
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(new TreeSet<>(values.stream().filter(Objects::nonNull).toList()));
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
