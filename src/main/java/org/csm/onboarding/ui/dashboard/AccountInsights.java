package org.csm.onboarding.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.csm.onboarding.engine.ask.AskEngine;
import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.engine.ask.Column;
import org.csm.onboarding.engine.ask.Unit;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.engine.playbook.PlaybookAdvisor;
import org.csm.onboarding.engine.playbook.PlaybookCatalog;
import org.csm.onboarding.engine.playbook.Recommendation;
import org.csm.onboarding.service.AccountRows;
import org.csm.onboarding.service.AskService;
import org.csm.onboarding.service.ScoreHistory;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;

/// What the dashboard shows beyond scores: each account's playbooks, its score trend over the
/// last snapshots, and the accounts that moved band since the previous snapshot.
public final class AccountInsights {

    private final AskService asks;
    private final ScoreHistory history;
    private final String workspace;
    private AskTable table;
    private PlaybookAdvisor advisor;
    private PlaybookCatalog catalog = PlaybookCatalog.defaults();
    private AccountRows rows = AccountRows.empty();
    private float[][] trends = new float[0][];
    private List<ScoreHistory.Change> changes = List.of();

    AccountInsights(Store store, String workspace) {
        this.asks = new AskService(store);
        this.history = new ScoreHistory(store);
        this.workspace = workspace;
    }

    /// Reads the workspace once: the same scored snapshot serves the Ask engine and the table's rows.
    void load() throws StoreException {
        Optional<AskService.Loaded> loaded = asks.load(workspace);
        // The Ask engine (its name index alone made ~1.5 GB of garbage at a million accounts, with
        // the heap nearly full) is built when the Ask box is first used: see [#newEngine].
        table = loaded.map(AskService.Loaded::table).orElse(null);
        rows = loaded.map(AskService.Loaded::rows).orElseGet(AccountRows::empty);
        catalog = asks.catalog(workspace);
        advisor = table == null ? null : new PlaybookAdvisor(catalog, table, LocalDate.now());
        trends = history.trends(workspace, rows.ids());
        changes = history.whatChanged(workspace);
        // The id index is built here, off the FX thread, not on the first selection.
        rows.indexOf("");
    }

    /// Forgets what [#load] read (the dashboard left the screen).
    void release() {
        table = null;
        advisor = null;
        rows = AccountRows.empty();
        trends = new float[0][];
        changes = List.of();
    }

    /// The accounts and their scores as loaded, as columns.
    public AccountRows rows() {
        return rows;
    }

    /// The workspace's playbook catalogue as loaded.
    public PlaybookCatalog catalog() {
        return catalog;
    }

    /// The loaded accounts as the Ask engine's table (playbooks, action plans), when the workspace exists.
    public Optional<AskTable> table() {
        return Optional.ofNullable(table);
    }

    /// An Ask engine over the loaded table, without reading the workspace again; off the FX thread.
    AskEngine newEngine() throws StoreException {
        return table == null ? null : asks.engine(workspace, table);
    }

    public List<Recommendation> playbooks(String externalId) {
        if (advisor == null) {
            return List.of();
        }
        int row = rows.indexOf(externalId);
        return row < 0 ? List.of() : advisor.forAccount(row);
    }

    /// The account's full explanation, computed in memory from the loaded snapshot.
    public Optional<HealthScore> details(String externalId) {
        int row = rows.indexOf(externalId);
        return table == null || row < 0 ? Optional.empty() : table.details(row);
    }

    /// How a KPI's numbers read (%, $, days), for exports; NONE when the KPI is not a number.
    public Unit unit(String kpiKey) {
        return table == null ? Unit.NONE : table.numbers(kpiKey).map(Column.Numbers::unit).orElse(Unit.NONE);
    }

    /// The account's overall score per snapshot, oldest first (empty when it has no history).
    public double[] trend(String externalId) {
        int row = rows.indexOf(externalId);
        if (row < 0 || trends.length == 0) {
            return new double[0];
        }
        double[] series = new double[trends.length];
        for (int i = 0; i < series.length; i++) {
            series[i] = trends[i][row];
        }
        return series;
    }

    public List<ScoreHistory.Change> changes() {
        return changes;
    }

    public String name(String externalId) {
        int row = rows.indexOf(externalId);
        return row < 0 ? externalId : rows.name(row);
    }

    /// A KPI's name as the KPI table spells it, from its key.
    public String kpiName(String key) {
        return table == null ? key : table.column(key).map(c -> c.label()).orElse(key);
    }
}
