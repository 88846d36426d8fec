package org.csm.onboarding.ui.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import javafx.beans.property.ObjectProperty;
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
import org.csm.onboarding.service.TableExport;
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
        segmentFilter.addListener(o -> refilter());
        csmFilter.addListener(o -> refilter());
        search.addListener(o -> refilter());
        selected.addListener((o, a, b) -> explain(b));
    }

    public void load() throws StoreException {
        List<AccountSummary> accounts = new ArrayList<>(ctx.overview().accounts(workspace));
        // The table opens riskiest first: status, then the contract value at stake.
        accounts.sort(java.util.Comparator.comparingInt((AccountSummary a) -> org.csm.onboarding.engine.ask.AskTable.riskRank(a.score().status()))
                .thenComparing(a -> a.revenue() == null ? 0 : -a.revenue()));
        all.setAll(accounts);
        scale = ctx.workspaces().healthScale(workspace);
        catalog = ctx.workspaces().config(workspace).catalog();
        insights.load();
    }

    /// Playbooks, trends and what changed for this workspace.
    public AccountInsights insights() {
        return insights;
    }

    private void refilter() {
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        visible.setPredicate(a -> (statusFilter.get() == null || a.score().status() == statusFilter.get())
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

    /// Annual contract value of the accounts At Risk or Critical; null when no account has enough data to say.
    public Double revenueAtRisk() {
        if (scored().findAny().isEmpty()) {
            return null;
        }
        return all.stream().filter(a -> a.score().status() == HealthStatus.AT_RISK || a.score().status() == HealthStatus.CRITICAL)
                .map(AccountSummary::revenue).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }

    /// Scored accounts per 10-point score bucket (0-9.99 ... 90-100).
    public int[] distribution() {
        int[] buckets = new int[10];
        scored().map(DashboardViewModel::shownScore).forEach(s -> buckets[Math.min(9, (int) (s / 10))]++);
        return buckets;
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
        try {
            HealthScore score = ctx.workspaces().explain(workspace, account.externalId()).orElse(account.score());
            playbooks.setAll(insights.playbooks(account.externalId()));
            // What the CSM can influence first, then what describes the account's size.
            List<KpiScore> ordered = new ArrayList<>(score.kpis());
            ordered.sort(java.util.Comparator.comparing((KpiScore k) -> KpiNature.of(k.kpiKey(), k.category())));
            for (KpiScore k : ordered) {
                String next = KpiNature.of(k.kpiKey(), k.category()) == KpiNature.SIZE
                        ? ctx.text("dashboard.detail.sizeKpi")
                        : KpiScorer.describeNextBand(k, catalog.get(k.kpiKey()).direction());
                explanation.add(new KpiLine(k, next));
            }
            List<String> absent = catalog.kpis().stream()
                    .filter(def -> score.kpis().stream().noneMatch(k -> k.kpiKey().equals(def.key())))
                    .map(org.csm.onboarding.model.KpiDefinition::name).toList();
            missing.set(absent.isEmpty() ? "" : ctx.text("dashboard.detail.missing", String.join(", ", absent)));
            String file = account.fileHealthScore() == null ? ctx.text("dashboard.detail.noFileScore")
                    : ctx.text("dashboard.detail.fileScore", Formats.plain(account.fileHealthScore()),
                    Formats.score(scale.toHundred(account.fileHealthScore())));
            detail.set(ctx.text("dashboard.detail", account.name(), account.externalId(), Formats.score(score.overall()),
                    ctx.text("status." + score.status().code()), Formats.percent(score.coverage()), file));
        } catch (StoreException e) {
            ctx.fail(e);
        }
    }

    /// The visible accounts and, when one is selected, its explanation, to .xlsx or .csv.
    public void export(Path target) throws java.io.IOException {
        List<TableExport.Table> tables = new ArrayList<>();
        tables.add(new TableExport.Table(ctx.text("export.accounts"), List.of(ctx.text("col.id"), ctx.text("col.account"),
                ctx.text("col.segment"), ctx.text("col.csm"), ctx.text("col.revenue"), ctx.text("col.score"), ctx.text("col.status"),
                ctx.text("col.coverage"), ctx.text("col.fileScore")),
                visible.stream().map(a -> List.<Object>of(a.externalId(), a.name(), nz(a.segment()), nz(a.csm()),
                        a.revenue() == null ? "" : a.revenue(), a.score().overall() == null ? "" : round(a.score().overall()),
                        ctx.text("status." + a.score().status().code()), round(a.score().coverage() * 100),
                        a.fileHealthScore() == null ? "" : a.fileHealthScore())).toList()));
        if (!explanation.isEmpty()) {
            tables.add(new TableExport.Table(ctx.text("export.explanation"), List.of(ctx.text("col.kpi"), ctx.text("col.value"),
                    ctx.text("col.band"), ctx.text("col.score"), ctx.text("col.pointsAdded"), ctx.text("col.pointsLost"),
                    ctx.text("col.nextBand")),
                    explanation.stream().map(l -> List.<Object>of(l.kpi().kpiName(), valueText(l.kpi()),
                            ctx.text("band." + l.kpi().band().name().toLowerCase(Locale.ROOT)), round(l.kpi().score()),
                            round(l.kpi().pointsAdded()), round(l.kpi().pointsLost()), l.nextBand())).toList()));
        }
        TableExport.write(target, tables);
    }

    static String valueText(KpiScore k) {
        return k.label() != null ? k.label() : k.value() == null ? "" : Formats.plain(k.value());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
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
