package org.csm.onboarding.service;

import org.csm.onboarding.testdb.OnBothDatabases;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.params.Parameter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.ask.Answer;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ScorePoint;
import org.csm.onboarding.model.ScoreSnapshot;
import org.csm.onboarding.model.Weights;
import org.csm.onboarding.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Every import and every configuration change appends a score snapshot; undo removes its
/// import's; "what changed" and the Ask engine's "changed status" agree with the scores. On H2
/// and PostgreSQL.
@OnBothDatabases
class ScoreHistoryTest {

    @Parameter
    TestDatabase database;

    static final Path SAMPLE = Path.of("assets/samples/serverless_model_cs_platform.xlsx");
    static final String WS = "acme";

    @TempDir
    Path dir;
    Store store;
    OnboardingService onboarding;
    WorkspaceService workspace;
    ScoreHistory history;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(database.fresh(dir, "score_history"));
        onboarding = new OnboardingService(store);
        workspace = new WorkspaceService(store);
        history = new ScoreHistory(store);
        onboarding.importFile(onboarding.analyze(SAMPLE, null), WS, OnboardingConfig.defaults(), false, Progress.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /// Support counts for almost everything: the accounts with poor reliability fall a band.
    static OnboardingConfig supportHeavy() {
        var w = new EnumMap<Category, Double>(Category.class);
        w.put(Category.SUPPORT, 90.0);
        w.put(Category.PRODUCT_USAGE, 10.0);
        return OnboardingConfig.defaults().withWeights(new Weights(w));
    }

    @Test
    void anImportLeavesOneSnapshotAndNoPreviousScores() throws Exception {
        List<ScoreSnapshot> snapshots = history.snapshots(WS);
        assertEquals(1, snapshots.size());
        assertEquals(ScoreSnapshot.IMPORT, snapshots.getFirst().reason());
        assertEquals(35, snapshots.getFirst().accounts());
        assertEquals(Map.of(), history.previous(WS));
        assertEquals(List.of(), history.whatChanged(WS));
    }

    @Test
    void aWeightChangeIsRememberedAndSaysWhoMovedBandAndWhy() throws Exception {
        Map<String, HealthScore> before = byId(workspace.scores(WS));
        workspace.changeConfig(WS, supportHeavy(), Progress.NONE);
        Map<String, HealthScore> after = byId(workspace.scores(WS));

        assertEquals(List.of(ScoreSnapshot.IMPORT, ScoreSnapshot.CONFIG), history.snapshots(WS).stream().map(ScoreSnapshot::reason).toList());
        Map<String, ScorePoint> previous = history.previous(WS);
        assertEquals(before.get("SRVL-3007").overall(), previous.get("SRVL-3007").overall(), 1e-9);

        Set<String> moved = before.keySet().stream().filter(id -> before.get(id).status() != after.get(id).status())
                .collect(Collectors.toSet());
        assertFalse(moved.isEmpty(), "the new weights move some accounts");
        List<ScoreHistory.Change> changes = history.whatChanged(WS);
        assertEquals(moved, changes.stream().map(ScoreHistory.Change::externalAccountId).collect(Collectors.toSet()));
        // Weights move scores, not KPI bands: no KPI is named as the cause.
        changes.forEach(c -> assertEquals(Map.of(), c.kpisMoved(), c.externalAccountId()));

        Answer asked = new AskService(store).ask(WS, "which accounts changed status since the last import");
        assertEquals(moved, Arrays.stream(asked.rows()).mapToObj(r -> previousId(asked, r)).collect(Collectors.toSet()));
    }

    private String previousId(Answer answer, int row) {
        try {
            return new AskService(store).table(WS).orElseThrow().id(row);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void undoRemovesTheSnapshotOfTheImportItUndoes() throws Exception {
        workspace.changeConfig(WS, supportHeavy(), Progress.NONE);
        onboarding.importFile(onboarding.analyze(SAMPLE, null), WS, OnboardingConfig.defaults(), false, Progress.NONE);
        assertEquals(3, history.snapshots(WS).size());

        workspace.undo(WS, Progress.NONE);

        assertEquals(List.of(ScoreSnapshot.IMPORT, ScoreSnapshot.CONFIG), history.snapshots(WS).stream().map(ScoreSnapshot::reason).toList());
    }

    @Test
    void anUnchangedReimportRecordsTheScoresOfItsSnapshotAndConfigurationAndItsUndoKeepsTheHistoryRight() throws Exception {
        workspace.changeConfig(WS, supportHeavy(), Progress.NONE);
        List<ScoreHistory.Change> weightChange = history.whatChanged(WS);
        ImportResult again = onboarding.importFile(onboarding.analyze(SAMPLE, null), WS, OnboardingConfig.defaults(), false,
                Progress.NONE);
        assertTrue(again.preview().firstRows().isEmpty(), "recognised as unchanged");

        List<ScoreSnapshot> all = history.snapshots(WS);
        assertEquals(List.of(ScoreSnapshot.IMPORT, ScoreSnapshot.CONFIG, ScoreSnapshot.IMPORT),
                all.stream().map(ScoreSnapshot::reason).toList());
        assertEquals(again.importRecord().orElseThrow().id(), all.getLast().importId());
        // The same snapshot with the same configuration as the first import: the same scores and bands.
        assertEquals(points(all.getFirst()), points(all.getLast()));
        // Back to the default weights: the accounts the weight change moved move back.
        assertEquals(moved(weightChange), moved(history.whatChanged(WS)));
        assertEquals(52.83, history.trends(WS).get("SRVL-3007")[2], 0.01);

        workspace.undo(WS, Progress.NONE);
        assertEquals(List.of(ScoreSnapshot.IMPORT, ScoreSnapshot.CONFIG), history.snapshots(WS).stream().map(ScoreSnapshot::reason).toList());
        assertEquals(moved(weightChange), moved(history.whatChanged(WS)));
    }

    private static Set<String> moved(List<ScoreHistory.Change> changes) {
        return changes.stream().map(ScoreHistory.Change::externalAccountId).collect(Collectors.toSet());
    }

    private List<ScorePoint> points(ScoreSnapshot snapshot) throws Exception {
        return store.transaction(tx -> new org.csm.onboarding.store.ScoreHistoryRepository().points(tx, snapshot.id()))
                .orElseThrow();
    }

    @Test
    void trendsHoldOnePointPerSnapshot() throws Exception {
        workspace.changeConfig(WS, supportHeavy(), Progress.NONE);
        double[] trend = history.trends(WS).get("SRVL-3007");
        assertEquals(2, trend.length);
        assertEquals(52.83, trend[0], 0.01);
        assertTrue(trend[1] != trend[0]);
    }

    private static Map<String, HealthScore> byId(List<HealthScore> scores) {
        return scores.stream().collect(Collectors.toMap(HealthScore::externalAccountId, s -> s));
    }
}
