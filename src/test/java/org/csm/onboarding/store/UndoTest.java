package org.csm.onboarding.store;

import static org.csm.onboarding.store.TestData.IMPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UndoTest extends StoreTestBase {


    @Test
    void undoOnAnEmptyWorkspaceReturnsEmpty() throws Exception {
        assertEquals(Optional.empty(), undo());
    }

    @Test
    void undoRevertsTheLastImportAndRestoresWhatItSuperseded() throws Exception {
        TestData.importAccounts(store, ws, "jan.xlsx", 10, "A1", "A2");
        List<StoredAccount> afterJan = TestData.current(store, ws);
        List<ImportRecord> importsAfterJan = store.transaction(tx -> IMPORTS.list(tx, ws));
        long feb = TestData.importAccounts(store, ws, "feb.xlsx", 20, "A2", "A3");

        ImportRecord undone = undo().orElseThrow();

        assertEquals(feb, undone.id());
        assertEquals("feb.xlsx", undone.fileName());
        assertEquals(afterJan, TestData.current(store, ws));
        assertEquals(importsAfterJan, store.transaction(tx -> IMPORTS.list(tx, ws)));
        assertEquals(1, TestData.rows(store, "account_snapshot"), "the undone import's snapshot is deleted");
        assertEquals(List.of("undone", "live"), store.transaction(tx -> IMPORTS.states(tx, ws)), "its import row stays as history");
    }

    @Test
    void undoTwiceRevertsTwoImports() throws Exception {
        TestData.importAccounts(store, ws, "jan.xlsx", 10, "A1");
        TestData.importAccounts(store, ws, "feb.xlsx", 20, "A1", "A2");
        TestData.importAccounts(store, ws, "mar.xlsx", 30, "A1");

        assertEquals("mar.xlsx", undo().orElseThrow().fileName());
        assertEquals("feb.xlsx", undo().orElseThrow().fileName());

        List<StoredAccount> current = TestData.current(store, ws);
        assertEquals(1, current.size());
        assertEquals(10.0, current.getFirst().account().revenue());
        assertEquals("jan.xlsx", store.transaction(tx -> IMPORTS.last(tx, ws)).orElseThrow().fileName());
        assertEquals("jan.xlsx", undo().orElseThrow().fileName());
        assertEquals(0, TestData.countCurrent(store, ws));
        assertEquals(Optional.empty(), undo());
    }

    @Test
    void undoOfAnImportThatRepeatedAnIdRemovesBothCopies() throws Exception {
        TestData.importAccounts(store, ws, "jan.xlsx", 10, "A1");
        TestData.importAccounts(store, ws, "feb.xlsx", 20, "A1", "A1");
        undo();
        assertEquals(1, TestData.rows(store, "account_snapshot"));
        assertEquals(10.0, TestData.current(store, ws).getFirst().account().revenue());
    }

    @Test
    void undoOnlyTouchesItsOwnWorkspace() throws Exception {
        long other = TestData.workspace(store, "Globex");
        TestData.importAccounts(store, other, "g.xlsx", 5, "A1");
        TestData.importAccounts(store, ws, "a.xlsx", 10, "A1");
        undo();
        assertEquals(1, TestData.countCurrent(store, other));
        assertTrue(store.transaction(tx -> IMPORTS.last(tx, other)).isPresent());
    }

    @Test
    void snapshotsBeyondTheNewestTenAreDeletedAndUndoStopsThere() throws Exception {
        for (int i = 1; i <= SnapshotRepository.RETAINED + 2; i++) {
            TestData.importAccounts(store, ws, "m" + i + ".xlsx", i, "A1", "N" + i);
        }
        assertEquals(SnapshotRepository.RETAINED, TestData.rows(store, "account_snapshot"));
        for (int i = SnapshotRepository.RETAINED + 2; i > 3; i--) {
            assertEquals("m" + i + ".xlsx", undo().orElseThrow().fileName());
        }
        assertEquals(3.0, store.transaction(tx -> TestData.ACCOUNTS.findCurrent(tx, ws, "A1")).orElseThrow().account().revenue());
        assertEquals(Optional.empty(), undo(), "the snapshot before m3 was not kept");
        assertEquals(4, TestData.countCurrent(store, ws));
    }

    private Optional<ImportRecord> undo() throws StoreException {
        return store.transaction(tx -> IMPORTS.undoLast(tx, ws));
    }
}
