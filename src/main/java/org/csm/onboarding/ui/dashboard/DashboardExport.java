package org.csm.onboarding.ui.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.csm.onboarding.engine.ask.Unit;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.KpiScore;
import org.csm.onboarding.service.AccountOverview.AccountSummary;
import org.csm.onboarding.service.TableExport;
import org.csm.onboarding.ui.common.UiContext;

/// The dashboard's export: the accounts sheet (the table as shown) and an explanation sheet
/// with every KPI line of every one of those accounts, numbers as numeric cells with their unit.
/// A spreadsheet holds about a million rows: past that the sheet covers the first accounts in
/// table order and its name says how many.
final class DashboardExport {

    /// Rows an .xlsx sheet can hold (1,048,576) less room for the header.
    static final int MAX_EXPLANATION_ROWS = 1_048_000;

    private final UiContext ctx;
    private final DashboardViewModel model;

    DashboardExport(UiContext ctx, DashboardViewModel model) {
        this.ctx = ctx;
        this.model = model;
    }

    void write(Path target, List<AccountSummary> accounts) throws IOException {
        TableExport.write(target, List.of(accounts(accounts), explanations(accounts)));
    }

    private TableExport.Table accounts(List<AccountSummary> accounts) {
        List<List<Object>> rows = new ArrayList<>(accounts.size());
        for (AccountSummary a : accounts) {
            Double score = DashboardViewModel.shownScore(a);
            rows.add(Arrays.asList(a.externalId(), a.name(), a.segment(), a.csm(),
                    a.revenue() == null ? null : TableExport.number(a.revenue(), Unit.MONEY),
                    score == null ? null : new TableExport.Num(score, "0.00"), ctx.text("status." + a.score().status().code()),
                    TableExport.number(Math.round(a.score().coverage() * 100), Unit.PERCENT),
                    a.fileHealthScore() == null ? null : new TableExport.Num(a.fileHealthScore(), "0.##")));
        }
        return new TableExport.Table(ctx.text("export.accounts"), List.of(ctx.text("col.id"), ctx.text("col.account"),
                ctx.text("col.segment"), ctx.text("col.csm"), ctx.text("col.revenue"), ctx.text("col.score"), ctx.text("col.status"),
                ctx.text("col.coverage"), ctx.text("col.fileScore")), rows);
    }

    private TableExport.Table explanations(List<AccountSummary> accounts) {
        List<List<Object>> rows = new ArrayList<>();
        int covered = 0;
        for (AccountSummary a : accounts) {
            HealthScore score = model.insights().details(a.externalId()).orElse(a.score());
            if (rows.size() + score.kpis().size() > MAX_EXPLANATION_ROWS) {
                break;
            }
            covered++;
            for (DashboardViewModel.KpiLine line : model.lines(score)) {
                rows.add(row(a, line));
            }
            for (String name : model.missingKpis(score)) {
                rows.add(Arrays.asList(a.externalId(), a.name(), name, null, ctx.text("export.missing")));
            }
        }
        String name = covered == accounts.size() ? ctx.text("export.explanation")
                : ctx.text("export.explanation.first", covered);
        return new TableExport.Table(name, List.of(ctx.text("col.id"), ctx.text("col.account"), ctx.text("col.kpi"),
                ctx.text("col.nature"), ctx.text("col.value"), ctx.text("col.band"), ctx.text("col.score"),
                ctx.text("col.pointsAdded"), ctx.text("col.pointsLost"), ctx.text("col.nextBand")), rows);
    }

    private List<Object> row(AccountSummary a, DashboardViewModel.KpiLine line) {
        KpiScore k = line.kpi();
        Object value = k.label() != null ? k.label()
                : k.value() == null ? null : TableExport.number(k.value(), model.insights().unit(k.kpiKey()));
        return Arrays.asList(a.externalId(), a.name(), k.kpiName(),
                ctx.text("nature." + org.csm.onboarding.engine.ask.KpiNature.of(k.kpiKey(), k.category()).name().toLowerCase(Locale.ROOT)),
                value, ctx.text("band." + k.band().name().toLowerCase(Locale.ROOT)), points(k.score()),
                points(k.pointsAdded()), points(k.pointsLost()), line.nextBand());
    }

    private static TableExport.Num points(double v) {
        return new TableExport.Num(Math.round(v * 100) / 100.0, "0.00");
    }
}
