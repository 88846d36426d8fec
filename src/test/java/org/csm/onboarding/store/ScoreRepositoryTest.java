package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.junit.jupiter.api.Test;

class ScoreRepositoryTest extends StoreTestBase {

    static final ScoreRepository SCORES = new ScoreRepository();


    @Test
    void scoresRoundTripWithNullableColumns() throws Exception {
        TestData.importAccounts(store, ws, "a.csv", 1, "A1", "A2");
        var categories = new EnumMap<Category, Double>(Category.class);
        for (Category c : Category.values()) {
            categories.put(c, 10.0 + c.ordinal());
        }
        HealthScore full = score("A1", 52.83, HealthStatus.AT_RISK, 0.95, categories);
        HealthScore empty = score("A2", null, HealthStatus.INSUFFICIENT_DATA, 0.0, Map.of());
        write(full, empty, score("ghost", 1.0, HealthStatus.CRITICAL, 1, Map.of()));

        assertEquals(List.of(full, empty), list());
        assertTrue(store.transaction(tx -> SCORES.lastComputed(tx, ws)).isPresent());
        assertEquals(empty, store.transaction(tx -> SCORES.find(tx, ws, "A2")).orElseThrow());
    }

    @Test
    void writingAgainReplacesAndClearRemovesAll() throws Exception {
        TestData.importAccounts(store, ws, "a.csv", 1, "A1");
        write(score("A1", 10.0, HealthStatus.CRITICAL, 1, Map.of()));
        HealthScore better = score("A1", 80.0, HealthStatus.HEALTHY, 1, Map.of(Category.SUPPORT, 80.0));
        write(better);
        assertEquals(List.of(better), list());

        store.transaction(tx -> {
            SCORES.clear(tx, ws);
            return null;
        });
        assertEquals(List.of(), list());
    }

    @Test
    void supersededScoresHideAndUndoneScoresGoWhileRestoredOnesReturn() throws Exception {
        TestData.importAccounts(store, ws, "jan.csv", 1, "A1");
        HealthScore jan = score("A1", 40.0, HealthStatus.AT_RISK, 1, Map.of());
        write(jan);

        TestData.importAccounts(store, ws, "feb.csv", 2, "A1");
        assertEquals(List.of(), list(), "the new row has no score until rescored");
        write(score("A1", 90.0, HealthStatus.HEALTHY, 1, Map.of()));

        store.transaction(tx -> TestData.IMPORTS.undoLast(tx, ws));
        assertEquals(List.of(jan), list());
        assertEquals(1, TestData.rows(store, "health_score"));
    }

    @Test
    void scoresStayInTheirWorkspace() throws Exception {
        long other = TestData.workspace(store, "Globex");
        TestData.importAccounts(store, ws, "a.csv", 1, "A1");
        TestData.importAccounts(store, other, "g.csv", 1, "A1");
        write(score("A1", 50.0, HealthStatus.AT_RISK, 1, Map.of()));
        assertEquals(List.of(), store.transaction(tx -> SCORES.list(tx, other)));
    }

    private static HealthScore score(String id, Double overall, HealthStatus status, double coverage,
                                     Map<Category, Double> categories) {
        return new HealthScore(id, "Company " + id, overall, status, coverage, new EnumMap<>(
                categories.isEmpty() ? new EnumMap<>(Category.class) : categories), List.of());
    }

    private void write(HealthScore... scores) throws StoreException {
        store.transaction(tx -> {
            ScoreWriter writer = SCORES.writer(tx, ws);
            for (HealthScore s : scores) {
                writer.write(s);
            }
            return null;
        });
    }

    private List<HealthScore> list() throws StoreException {
        return store.transaction(tx -> SCORES.list(tx, ws));
    }
}
