package org.csm.onboarding.service;

import java.util.AbstractList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import org.csm.onboarding.engine.score.TableScorer;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.KpiColumn;
import org.csm.onboarding.model.table.TextColumn;
import org.csm.onboarding.service.AccountOverview.AccountSummary;

/// The dashboard's accounts as the scored snapshot's own columns: a row's [AccountSummary] is
/// made when a view asks for it. A million summaries made up front (each with its score's
/// category map) did not fit 512 MB beside the snapshot; a table shows thirty at a time.
public final class AccountRows {

    private static final Category[] CATEGORIES = Category.values();

    private final AccountTable table;
    private final TableScorer.Scores scores;
    private final KpiColumn fileHealth;
    private final TextColumn segment;
    private final TextColumn csm;
    private final TextColumn industry;

    AccountRows(WorkspaceScorer.Scored scored) {
        this.table = scored.table();
        this.scores = scored.scores();
        if (scores.categories() == null) {
            throw new IllegalArgumentException("The accounts' rows show category scores: score them with WorkspaceScorer.score");
        }
        this.fileHealth = table.kpiColumn(KpiCatalog.HEALTH_SCORE).orElse(null);
        this.segment = table.text(AccountTable.Text.ACCOUNT_TIER);
        this.csm = table.text(AccountTable.Text.ASSIGNED_CSM);
        this.industry = table.text(AccountTable.Text.INDUSTRY);
    }

    /// No accounts (a workspace that does not exist).
    public static AccountRows empty() {
        return new AccountRows(WorkspaceScorer.score(AccountTable.empty(), org.csm.onboarding.model.OnboardingConfig.defaults()));
    }

    public int size() {
        return table.size();
    }

    /// Row `row` as the dashboard's record, its score without the KPI explanation.
    public AccountSummary summary(int row) {
        Map<Category, Double> categories = new EnumMap<>(Category.class);
        for (Category c : CATEGORIES) {
            double v = scores.categories()[c.ordinal()][row];
            if (!Double.isNaN(v)) {
                categories.put(c, v);
            }
        }
        String id = table.externalId(row);
        String name = table.name(row);
        HealthScore score = new HealthScore(id, name, scores.overall(row), scores.status()[row], scores.coverage()[row],
                categories, List.of());
        return new AccountSummary(id, name, segment.get(row), csm.get(row), industry.get(row), revenue(row),
                fileHealth != null && fileHealth.present(row) ? fileHealth.value(row) : null, score);
    }

    public String externalId(int row) {
        return table.externalId(row);
    }

    public String name(int row) {
        return table.name(row);
    }

    public HealthStatus status(int row) {
        return scores.status()[row];
    }

    /// The overall score, NaN when there is none.
    public double overall(int row) {
        return scores.overall()[row];
    }

    /// A category's score, NaN when the account has no KPI in it.
    public double category(Category category, int row) {
        return scores.categories()[category.ordinal()][row];
    }

    /// The contract value, null when there is none.
    public Double revenue(int row) {
        double v = revenueValue(row);
        return Double.isNaN(v) ? null : v;
    }

    /// The contract value, NaN when there is none (no boxing: sorts compare it a million times).
    public double revenueValue(int row) {
        return table.revenue()[row];
    }

    /// The segment (the account's tier), dictionary-encoded: equal segments share one String.
    public TextColumn segments() {
        return segment;
    }

    public TextColumn csms() {
        return csm;
    }

    /// The names, packed (the search box reads their bytes rather than a String per account).
    public org.csm.onboarding.model.table.StringColumn names() {
        return table.names();
    }

    /// The external ids, packed.
    public org.csm.onboarding.model.table.StringColumn ids() {
        return table.ids();
    }

    /// The row of `externalId`, or -1.
    public int indexOf(String externalId) {
        return table.indexOf(externalId);
    }

    /// Row numbers in external-id order.
    public int[] byId() {
        return table.sortedRows();
    }

    /// `rows` as a list of summaries, each made when read.
    public List<AccountSummary> list(int[] rows) {
        return new Lazy(this, rows);
    }

    private static final class Lazy extends AbstractList<AccountSummary> implements RandomAccess {
        private final AccountRows source;
        private final int[] rows;

        Lazy(AccountRows source, int[] rows) {
            this.source = source;
            this.rows = rows;
        }

        @Override
        public AccountSummary get(int index) {
            return source.summary(rows[index]);
        }

        @Override
        public int size() {
            return rows.length;
        }
    }
}
