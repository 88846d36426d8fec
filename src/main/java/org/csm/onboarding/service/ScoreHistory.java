package org.csm.onboarding.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.engine.score.KpiScorer;
import org.csm.onboarding.engine.score.TableScorer;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.KpiColumn;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.ScorePoint;
import org.csm.onboarding.model.ScoreSnapshot;
import org.csm.onboarding.store.ScoreHistoryRepository;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.Tx;
import org.csm.onboarding.store.Workspace;
import org.csm.onboarding.store.WorkspaceRepository;

/// A workspace's score history: one dated snapshot per import and per configuration change
/// ([#record] is the single hook the import and configuration paths call), the previous
/// snapshot's scores, per-account trends and "what changed" between the last two snapshots.
public final class ScoreHistory {

    /// How many snapshots a trend shows.
    public static final int TREND_POINTS = 12;

    private final Store store;
    private final WorkspaceRepository workspaces = new WorkspaceRepository();
    private final ScoreHistoryRepository history = new ScoreHistoryRepository();

    public ScoreHistory(Store store) {
        this.store = store;
    }

    /// Appends a snapshot of these scores, inside the caller's transaction (so it commits or
    /// rolls back with the import or configuration change that produced them).
    static void record(Tx tx, long workspaceId, Long importId, String reason, WorkspaceScorer.Scored scored)
            throws java.sql.SQLException {
        new ScoreHistoryRepository().append(tx, workspaceId, importId, reason, points(scored));
    }

    /// Each account's overall, status and KPI bands, computed column by column from the scored table.
    static List<ScorePoint> points(WorkspaceScorer.Scored scored) {
        AccountTable table = scored.table();
        int n = table.size();
        List<Map<String, Band>> bands = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            bands.add(new LinkedHashMap<>());
        }
        for (KpiColumn column : table.kpiColumns()) {
            Optional<KpiDefinition> def = scored.ctx().catalog().find(column.key());
            ReferenceRange range = scored.ctx().ranges().get(column.key());
            if (def.isEmpty() || (range == null && !def.get().isText())) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                if (!column.present(r)) {
                    continue;
                }
                Band band = def.get().isText()
                        ? KpiScorer.resolveBand(def.get(), column.label(r), column.value(r)).orElse(null)
                        : KpiScorer.scoreNumeric(column.value(r), range).band();
                if (band != null) {
                    bands.get(r).put(column.key(), band);
                }
            }
        }
        List<ScorePoint> points = new ArrayList<>(n);
        TableScorer.Scores s = scored.scores();
        for (int r = 0; r < n; r++) {
            points.add(new ScorePoint(table.externalId(r), s.overall(r), s.status()[r], Map.of(), bands.get(r)));
        }
        return points;
    }

    /// Removes what an undone import added to the history, inside the undo's transaction.
    public static void forgetImport(Tx tx, long importId) throws java.sql.SQLException {
        new ScoreHistoryRepository().deleteForImport(tx, importId);
    }

    /// An account whose status moved between the previous and the latest snapshot, with the
    /// KPIs whose band moved (key -> "At Risk -> Critical").
    public record Change(String externalAccountId, HealthStatus before, HealthStatus after, Double overallBefore,
                         Double overallAfter, Map<String, String> kpisMoved) {
    }

    public List<ScoreSnapshot> snapshots(String workspace) throws StoreException {
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            return ws.isEmpty() ? List.<ScoreSnapshot>of() : history.list(tx, ws.get().id());
        });
    }

    /// The scores of the snapshot before the latest one, by external id; empty when there is none.
    public Map<String, ScorePoint> previous(String workspace) throws StoreException {
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            if (ws.isEmpty()) {
                return Map.<String, ScorePoint>of();
            }
            List<ScoreSnapshot> all = history.list(tx, ws.get().id());
            return all.size() < 2 ? Map.<String, ScorePoint>of() : byId(history.points(tx, all.get(all.size() - 2).id()).orElse(List.of()));
        });
    }

    /// Accounts that changed status between the last two snapshots, the biggest score move first.
    public List<Change> whatChanged(String workspace) throws StoreException {
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            List<ScoreSnapshot> all = ws.isEmpty() ? List.of() : history.list(tx, ws.get().id());
            if (all.size() < 2) {
                return List.<Change>of();
            }
            Map<String, ScorePoint> before = byId(history.points(tx, all.get(all.size() - 2).id()).orElse(List.of()));
            List<Change> changes = new ArrayList<>();
            for (ScorePoint now : history.points(tx, all.getLast().id()).orElse(List.of())) {
                ScorePoint was = before.get(now.externalAccountId());
                if (was != null && was.status() != now.status()) {
                    changes.add(new Change(now.externalAccountId(), was.status(), now.status(), was.overall(), now.overall(),
                            kpisMoved(was, now)));
                }
            }
            changes.sort(Comparator.comparingDouble((Change c) -> -Math.abs(delta(c))));
            return changes;
        });
    }

    /// Each account's overall score in the last [#TREND_POINTS] snapshots, oldest first (NaN where it had none).
    public Map<String, double[]> trends(String workspace) throws StoreException {
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            List<ScoreSnapshot> all = ws.isEmpty() ? List.of() : history.list(tx, ws.get().id());
            List<ScoreSnapshot> last = all.subList(Math.max(0, all.size() - TREND_POINTS), all.size());
            Map<String, double[]> out = new HashMap<>();
            for (int i = 0; i < last.size(); i++) {
                for (ScorePoint p : history.points(tx, last.get(i).id()).orElse(List.of())) {
                    double[] series = out.computeIfAbsent(p.externalAccountId(), k -> nanArray(last.size()));
                    series[i] = p.overall() == null ? Double.NaN : p.overall();
                }
            }
            return out;
        });
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static double delta(Change c) {
        return c.overallAfter() == null || c.overallBefore() == null ? 0 : c.overallAfter() - c.overallBefore();
    }

    private static Map<String, String> kpisMoved(ScorePoint was, ScorePoint now) {
        Map<String, String> moved = new LinkedHashMap<>();
        now.kpiBands().forEach((k, band) -> {
            Band old = was.kpiBands().get(k);
            if (old != null && old != band) {
                moved.put(k, label(old) + " -> " + label(band));
            }
        });
        return moved;
    }

    private static String label(Band b) {
        return switch (b) {
            case CRITICAL -> "Critical";
            case AT_RISK -> "At Risk";
            case HEALTHY -> "Healthy";
        };
    }

    private static Map<String, ScorePoint> byId(List<ScorePoint> points) {
        Map<String, ScorePoint> m = new HashMap<>(points.size() * 2);
        points.forEach(p -> m.put(p.externalAccountId(), p));
        return m;
    }
}
