package org.csm.onboarding.store;

import static org.csm.onboarding.store.TestData.IMPORTS;
import static org.csm.onboarding.store.TestData.WORKSPACES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceRepositoryTest {

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() throws StoreException {
        store = Store.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void getOrCreateReturnsTheSameWorkspaceForTheSameName() throws Exception {
        Workspace first = store.transaction(tx -> WORKSPACES.getOrCreate(tx, "Acme"));
        Workspace again = store.transaction(tx -> WORKSPACES.getOrCreate(tx, "  Acme "));
        assertEquals(first, again);
        assertEquals(first, store.transaction(tx -> WORKSPACES.find(tx, "Acme")).orElseThrow());
        assertTrue(store.transaction(tx -> WORKSPACES.find(tx, "Globex")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> store.transaction(tx -> WORKSPACES.getOrCreate(tx, " ")));
    }

    @Test
    void listShowsEachWorkspaceWithItsLastImportTime() throws Exception {
        long acme = TestData.workspace(store, "Acme");
        long globex = TestData.workspace(store, "Globex");
        TestData.importAccounts(store, globex, "g1.csv", 1, "G1");
        TestData.importAccounts(store, globex, "g2.csv", 1, "G2");

        List<Workspace> all = store.transaction(WORKSPACES::list);

        assertEquals(List.of("Acme", "Globex"), all.stream().map(Workspace::name).toList());
        assertNull(all.get(0).lastImportAt());
        ImportRecord last = store.transaction(tx -> IMPORTS.last(tx, globex)).orElseThrow();
        assertEquals(last.importedAt(), all.get(1).lastImport().orElseThrow());
        assertNotEquals(acme, globex);
    }

    @Test
    void twoWorkspacesKeepTheirAccountsApart() throws Exception {
        long acme = TestData.workspace(store, "Acme");
        long globex = TestData.workspace(store, "Globex");
        TestData.importAccounts(store, acme, "a.csv", 10, "X1", "X2");
        TestData.importAccounts(store, globex, "g.csv", 20, "X1");

        assertEquals(2, TestData.countCurrent(store, acme));
        assertEquals(1, TestData.countCurrent(store, globex));
        assertEquals(10.0, TestData.current(store, acme).getFirst().account().revenue(), "not superseded by Globex");
        assertEquals(20.0, TestData.current(store, globex).getFirst().account().revenue());
        assertEquals(1, store.transaction(tx -> IMPORTS.list(tx, acme)).size());
    }

    @Test
    void importRecordKeepsWhatTheImportReported() throws Exception {
        long ws = TestData.workspace(store, "Acme");
        long id = store.transaction(tx -> {
            long importId = IMPORTS.start(tx, ws, "customers.xlsx", "abc123", "Accounts", "xlsx");
            IMPORTS.finish(tx, importId, 120, 1500, 3, 7);
            return importId;
        });
        ImportRecord record = store.transaction(tx -> IMPORTS.last(tx, ws)).orElseThrow();
        assertEquals(new ImportRecord(id, ws, "customers.xlsx", "abc123", "Accounts", "xlsx", record.importedAt(),
                120, 1500, 3, 7), record);
        assertThrows(IllegalArgumentException.class, () -> store.transaction(tx -> {
            IMPORTS.finish(tx, 12_345, 0, 0, 0, 0);
            return null;
        }));
    }
}
