package org.csm.onboarding.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csm.onboarding.engine.score.TableBands;
import org.csm.onboarding.engine.score.TableScorer;
import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.ScorePoint;
import org.csm.onboarding.model.ScoreSnapshot;
import org.csm.onboarding.model.table.ScoreColumns;
import org.csm.onboarding.model.table.StringColumn;
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
    private static final Band[] BANDS = Band.values();

    public ScoreHistory(Store store) {
        this.store = store;
    }

    /// Appends a snapshot of these scores, inside the caller's transaction (so it commits or
    /// rolls back with the import or configuration change that produced them). `source` says what
    /// they were computed from: an entry from the same source is copied, not encoded again.
    static void record(Tx tx, long workspaceId, Long importId, String reason, WorkspaceScorer.Scored scored,
                       String source) throws java.sql.SQLException {
        new ScoreHistoryRepository().appendFrom(tx, workspaceId, importId, reason, source, () -> columns(scored));
    }

    /// Each account's overall, status and KPI bands as columns, sharing the scored table's ids
    /// and overall array (nothing per account is allocated).
    static ScoreColumns columns(WorkspaceScorer.Scored scored) {
        TableScorer.Scores s = scored.scores();
        byte[] status = new byte[s.size()];
        for (int r = 0; r < status.length; r++) {
            status[r] = s.status()[r] == null ? ScoreColumns.NONE : (byte) s.status()[r].ordinal();
        }
        TableBands.Bands bands = TableBands.of(scored.table(), scored.ctx());
        return new ScoreColumns(scored.table().ids(), s.overall(), status, new float[Category.values().length][],
                bands.keys(), bands.codes());
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
        Optional<ScoreColumns> before = previousColumns(workspace, true);
        if (before.isEmpty()) {
            return Map.of();
        }
        Map<String, ScorePoint> m = new HashMap<>(before.get().size() * 2);
        for (int r = 0; r < before.get().size(); r++) {
            ScorePoint p = before.get().point(r);
            m.put(p.externalAccountId(), p);
        }
        return m;
    }

    /// The snapshot before the latest one as columns (without bands unless asked), if any.
    public Optional<ScoreColumns> previousColumns(String workspace, boolean withBands) throws StoreException {
        return store.transaction(tx -> {
            List<ScoreSnapshot> all = list(tx, workspace);
            return all.size() < 2 ? Optional.<ScoreColumns>empty()
                    : history.columns(tx, all.get(all.size() - 2).id(), withBands);
        });
    }

    private List<ScoreSnapshot> list(Tx tx, String workspace) throws java.sql.SQLException {
        Optional<Workspace> ws = workspaces.find(tx, workspace);
        return ws.isEmpty() ? List.of() : history.list(tx, ws.get().id());
    }

    /// Accounts that changed status between the last two snapshots, the biggest score move first.
    public List<Change> whatChanged(String workspace) throws StoreException {
        return store.transaction(tx -> {
            List<ScoreSnapshot> all = list(tx, workspace);
            if (all.size() < 2) {
                return List.<Change>of();
            }
            ScoreColumns before = history.columns(tx, all.get(all.size() - 2).id(), true).orElseThrow();
            ScoreColumns now = history.columns(tx, all.getLast().id(), true).orElseThrow();
            int[] was = before.rowsOf(now.ids());
            int[] bandOf = kpiPositions(before, now);
            List<Change> changes = new ArrayList<>();
            for (int r = 0; r < now.size(); r++) {
                int b = was[r];
                if (b >= 0 && before.statusCodes()[b] != now.statusCodes()[r]) {
                    changes.add(new Change(now.id(r), before.status(b), now.status(r), boxed(before.overall()[b]),
                            boxed(now.overall()[r]), kpisMoved(before, b, now, r, bandOf)));
                }
            }
            changes.sort(Comparator.comparingDouble((Change c) -> -Math.abs(delta(c))));
            return changes;
        });
    }

    /// Each account's overall score in the last [#TREND_POINTS] snapshots, oldest first (NaN where it had none).
    public Map<String, double[]> trends(String workspace) throws StoreException {
        return store.transaction(tx -> {
            List<ScoreSnapshot> all = list(tx, workspace);
            List<ScoreSnapshot> last = all.subList(Math.max(0, all.size() - TREND_POINTS), all.size());
            Map<String, double[]> out = new HashMap<>();
            for (int i = 0; i < last.size(); i++) {
                ScoreColumns snapshot = history.columns(tx, last.get(i).id(), false).orElseThrow();
                for (int r = 0; r < snapshot.size(); r++) {
                    double[] series = out.computeIfAbsent(snapshot.id(r), k -> nanArray(last.size()));
                    series[i] = snapshot.overall()[r];
                }
            }
            return out;
        });
    }

    /// The overall score of each row of `ids` in the last [#TREND_POINTS] snapshots, oldest first:
    /// `[snapshot][row]`, NaN where the account had none. Aligned to the caller's rows instead of
    /// a map by id (a million keys and series did not fit 512 MB); floats, as a trend is only drawn.
    public float[][] trends(String workspace, StringColumn ids) throws StoreException {
        return store.transaction(tx -> {
            List<ScoreSnapshot> all = list(tx, workspace);
            List<ScoreSnapshot> last = all.subList(Math.max(0, all.size() - TREND_POINTS), all.size());
            float[][] out = new float[last.size()][];
            for (int i = 0; i < out.length; i++) {
                ScoreColumns snapshot = history.columns(tx, last.get(i).id(), false).orElseThrow();
                int[] at = snapshot.rowsOf(ids);
                float[] series = new float[ids.size()];
                for (int r = 0; r < series.length; r++) {
                    series[r] = at[r] < 0 ? Float.NaN : (float) snapshot.overall()[at[r]];
                }
                out[i] = series;
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

    /// For each KPI of `now`, its position among `before`'s KPIs (-1 where before has none).
    private static int[] kpiPositions(ScoreColumns before, ScoreColumns now) {
        int[] positions = new int[now.kpiKeys().size()];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = before.kpiKeys().indexOf(now.kpiKeys().get(k));
        }
        return positions;
    }

    private static Map<String, String> kpisMoved(ScoreColumns before, int b, ScoreColumns now, int r, int[] bandOf) {
        Map<String, String> moved = new LinkedHashMap<>();
        for (int k = 0; k < bandOf.length; k++) {
            byte band = now.bands(k)[r];
            byte old = bandOf[k] < 0 ? ScoreColumns.NONE : before.bands(bandOf[k])[b];
            if (band != ScoreColumns.NONE && old != ScoreColumns.NONE && old != band) {
                moved.put(now.kpiKeys().get(k), label(BANDS[old]) + " -> " + label(BANDS[band]));
            }
        }
        return moved;
    }

    private static Double boxed(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static String label(Band b) {
        return switch (b) {
            case CRITICAL -> "Critical";
            case AT_RISK -> "At Risk";
            case HEALTHY -> "Healthy";
        };
    }
}
