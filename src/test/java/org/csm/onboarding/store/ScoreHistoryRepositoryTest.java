package org.csm.onboarding.store;

import java.util.List;
import java.util.Map;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.ScorePoint;
import org.csm.onboarding.model.ScoreSnapshot;
import org.csm.onboarding.model.table.ScoreColumns;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/// Score history rows on H2 and PostgreSQL: a snapshot reads back exactly, snapshots list in
/// order, and undoing an import deletes the snapshots it created and nothing else.
class ScoreHistoryRepositoryTest extends StoreTestBase {

    static final ScoreHistoryRepository HISTORY = new ScoreHistoryRepository();

    static ScorePoint point(String id, Double overall, HealthStatus status, Band errorBand) {
        return new ScorePoint(id, overall, status, overall == null ? Map.of() : Map.of(Category.SUPPORT, 40.5, Category.PRODUCT_USAGE, 90.0),
                errorBand == null ? Map.of() : Map.of("error_rate_pct", errorBand, "cold_start_pct", Band.HEALTHY));
    }

    @Test
    void aSnapshotReadsBackExactly() throws Exception {
        List<ScorePoint> points = List.of(point("A1", 52.83, HealthStatus.AT_RISK, Band.CRITICAL),
                point("A2", null, HealthStatus.INSUFFICIENT_DATA, null), point("Zoë-3", 80.0, HealthStatus.HEALTHY, Band.HEALTHY));
        long id = store.transaction(tx -> HISTORY.append(tx, ws, null, ScoreSnapshot.CONFIG, points));
        assertEquals(points, store.transaction(tx -> HISTORY.points(tx, id)).orElseThrow());
        List<ScoreSnapshot> listed = store.transaction(tx -> HISTORY.list(tx, ws));
        assertEquals(1, listed.size());
        assertEquals(3, listed.getFirst().accounts());
        assertEquals(ScoreSnapshot.CONFIG, listed.getFirst().reason());
        assertEquals(null, listed.getFirst().importId());
    }

    @Test
    void undoingAnImportDeletesOnlyItsSnapshots() throws Exception {
        long jan = TestData.importAccounts(store, ws, "jan.xlsx", 10, "A1");
        long feb = TestData.importAccounts(store, ws, "feb.xlsx", 10, "A1");
        List<ScorePoint> one = List.of(point("A1", 50.0, HealthStatus.AT_RISK, Band.AT_RISK));
        store.transaction(tx -> HISTORY.append(tx, ws, jan, ScoreSnapshot.IMPORT, one));
        store.transaction(tx -> HISTORY.append(tx, ws, null, ScoreSnapshot.CONFIG, one));
        store.transaction(tx -> HISTORY.append(tx, ws, feb, ScoreSnapshot.IMPORT, one));

        assertEquals(1, (int) store.transaction(tx -> HISTORY.deleteForImport(tx, feb)));

        assertEquals(List.of(jan), store.transaction(tx -> HISTORY.list(tx, ws)).stream()
                .filter(s -> s.importId() != null).map(ScoreSnapshot::importId).toList());
        assertEquals(2, store.transaction(tx -> HISTORY.list(tx, ws)).size());
    }

    @Test
    void anEntryFromAKnownSourceCopiesThatEntryWithoutComputingItsScores() throws Exception {
        long jan = TestData.importAccounts(store, ws, "jan.xlsx", 10, "A1");
        List<ScorePoint> scores = List.of(point("A1", 50.0, HealthStatus.AT_RISK, Band.AT_RISK),
                point("A2", 70.25, HealthStatus.HEALTHY, Band.HEALTHY));
        store.transaction(tx -> {
            HISTORY.appendFrom(tx, ws, jan, ScoreSnapshot.IMPORT, "source-1", () -> ScoreColumns.of(scores));
            return null;
        });
        java.util.function.Supplier<ScoreColumns> mustNotCompute = () -> {
            throw new AssertionError("scores computed although an entry from the same source exists");
        };
        store.transaction(tx -> {
            HISTORY.appendFrom(tx, ws, null, ScoreSnapshot.CONFIG, "source-1", mustNotCompute);
            // Another source is computed.
            HISTORY.appendFrom(tx, ws, null, ScoreSnapshot.CONFIG, "source-2", () -> ScoreColumns.of(scores.subList(0, 1)));
            return null;
        });

        List<ScoreSnapshot> listed = store.transaction(tx -> HISTORY.list(tx, ws));
        assertEquals(List.of(ScoreSnapshot.IMPORT, ScoreSnapshot.CONFIG, ScoreSnapshot.CONFIG),
                listed.stream().map(ScoreSnapshot::reason).toList());
        assertEquals(java.util.Arrays.asList(jan, null, null), listed.stream().map(ScoreSnapshot::importId).toList());
        assertEquals(List.of(2, 2, 1), listed.stream().map(ScoreSnapshot::accounts).toList());
        assertEquals(scores, store.transaction(tx -> HISTORY.points(tx, listed.get(1).id())).orElseThrow());
        // Undoing the import deletes its own entry; the copy stays whole.
        store.transaction(tx -> HISTORY.deleteForImport(tx, jan));
        assertEquals(scores, store.transaction(tx -> HISTORY.points(tx, listed.get(1).id())).orElseThrow());
    }
}
