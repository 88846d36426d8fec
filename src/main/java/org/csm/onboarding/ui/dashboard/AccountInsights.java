package org.csm.onboarding.ui.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csm.onboarding.engine.ask.AskEngine;
import org.csm.onboarding.engine.ask.Column;
import org.csm.onboarding.engine.ask.Unit;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.engine.playbook.PlaybookAdvisor;
import org.csm.onboarding.engine.playbook.PlaybookCatalog;
import org.csm.onboarding.engine.playbook.Recommendation;
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
    private AskEngine engine;
    private PlaybookAdvisor advisor;
    private PlaybookCatalog catalog = PlaybookCatalog.defaults();
    private Map<String, double[]> trends = Map.of();
    private List<ScoreHistory.Change> changes = List.of();
    private final Map<String, String> names = new HashMap<>();

    AccountInsights(Store store, String workspace) {
        this.asks = new AskService(store);
        this.history = new ScoreHistory(store);
        this.workspace = workspace;
    }

    void load() throws StoreException {
        engine = asks.engine(workspace).orElse(null);
        catalog = asks.catalog(workspace);
        advisor = engine == null ? null : new PlaybookAdvisor(catalog, engine.table(), LocalDate.now());
        trends = history.trends(workspace);
        changes = history.whatChanged(workspace);
        names.clear();
        if (engine != null) {
            for (int r = 0; r < engine.table().size(); r++) {
                names.put(engine.table().id(r), engine.table().name(r));
            }
        }
    }

    /// The workspace's playbook catalogue as loaded.
    public PlaybookCatalog catalog() {
        return catalog;
    }

    /// The engine over the loaded workspace, shared with the Ask box.
    public Optional<AskEngine> engine() {
        return Optional.ofNullable(engine);
    }

    public List<Recommendation> playbooks(String externalId) {
        if (advisor == null) {
            return List.of();
        }
        return engine.table().rowOf(externalId).map(advisor::forAccount).orElse(List.of());
    }

    /// The account's full explanation, computed in memory from the loaded snapshot.
    public Optional<HealthScore> details(String externalId) {
        return engine == null ? Optional.empty() : engine.table().rowOf(externalId).flatMap(engine.table()::details);
    }

    /// How a KPI's numbers read (%, $, days), for exports; NONE when the KPI is not a number.
    public Unit unit(String kpiKey) {
        return engine == null ? Unit.NONE : engine.table().numbers(kpiKey).map(Column.Numbers::unit).orElse(Unit.NONE);
    }

    /// The account's overall score per snapshot, oldest first (empty when it has no history).
    public double[] trend(String externalId) {
        return trends.getOrDefault(externalId, new double[0]);
    }

    public List<ScoreHistory.Change> changes() {
        return changes;
    }

    public String name(String externalId) {
        return names.getOrDefault(externalId, externalId);
    }

    /// A KPI's name as the KPI table spells it, from its key.
    public String kpiName(String key) {
        return engine == null ? key : engine.table().column(key).map(c -> c.label()).orElse(key);
    }
}
