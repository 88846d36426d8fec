package org.csm.onboarding.store;

import static org.csm.onboarding.store.TestData.ACCOUNTS;
import static org.csm.onboarding.store.TestData.IMPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csm.onboarding.model.Account;
import org.junit.jupiter.api.Test;

class AccountRepositoryTest extends StoreTestBase {


    @Test
    void storedAccountsComeBackWithProfileAndKpisInOrder() throws Exception {
        TestData.importAccounts(store, ws, "a.xlsx", 10, "B2", "A1");
        List<StoredAccount> current = TestData.current(store, ws);

        assertEquals(List.of("A1", "B2"), current.stream().map(s -> s.account().externalAccountId()).toList());
        Account a1 = TestData.account("A1", 10);
        assertEquals(new StoredAccount(a1, TestData.profile(a1), TestData.kpis(a1, 10)), current.getFirst());
        assertEquals(2, TestData.countCurrent(store, ws));
        assertEquals(26, TestData.countCurrentKpis(store, ws));
    }

    @Test
    void nullsAndMissingProfileRoundTrip() throws Exception {
        var sparse = new Account("S1", null, null, null, null, null, null, null);
        store.transaction(tx -> {
            long importId = IMPORTS.start(tx, ws, "s.csv", null, null, "csv");
            ACCOUNTS.upsert(tx, ws, importId, sparse, null, List.of());
            return importId;
        });
        assertEquals(Optional.of(new StoredAccount(sparse, null, List.of())),
                store.transaction(tx -> ACCOUNTS.findCurrent(tx, ws, "S1")));
    }

    @Test
    void reimportUpsertsByExternalIdAndChangedValuesWin() throws Exception {
        TestData.importAccounts(store, ws, "jan.xlsx", 10, "A1", "A2");
        TestData.importAccounts(store, ws, "feb.xlsx", 20, "A2", "A3");

        assertEquals(3, TestData.countCurrent(store, ws));
        assertEquals(39, TestData.countCurrentKpis(store, ws));
        StoredAccount a2 = store.transaction(tx -> ACCOUNTS.findCurrent(tx, ws, "A2")).orElseThrow();
        assertEquals(20.0, a2.account().revenue());
        assertEquals(TestData.kpis(a2.account(), 20), a2.kpis());
        assertEquals(10.0, store.transaction(tx -> ACCOUNTS.findCurrent(tx, ws, "A1")).orElseThrow().account().revenue());
        assertEquals(2, TestData.rows(store, "account_snapshot"), "the previous snapshot is kept for undo");
    }

    @Test
    void repeatedIdInOneImportKeepsTheLastWriteEvenAcrossBatches() throws Exception {
        store.transaction(tx -> {
            long importId = IMPORTS.start(tx, ws, "dups.csv", null, null, "csv");
            TestData.write(tx, ws, importId, 1, "D1");
            TestData.write(tx, ws, importId, 2, "D1");
            TestData.write(tx, ws, importId, 1, TestData.ids("X", BatchWriter.FLUSH_EVERY + 5));
            TestData.write(tx, ws, importId, 3, "D1");
            return importId;
        });
        assertEquals(BatchWriter.FLUSH_EVERY + 6, TestData.countCurrent(store, ws));
        assertEquals(3.0, store.transaction(tx -> ACCOUNTS.findCurrent(tx, ws, "D1")).orElseThrow().account().revenue());
    }

    @Test
    void readsInTheSameTransactionSeeUnflushedWrites() throws Exception {
        int seen = store.transaction(tx -> {
            long importId = IMPORTS.start(tx, ws, "a.csv", null, null, "csv");
            TestData.write(tx, ws, importId, 1, "A1", "A2", "A3");
            return ACCOUNTS.countCurrent(tx, ws);
        });
        assertEquals(3, seen);
    }

    @Test
    void failureMidImportLeavesThePreviousStateExactly() throws Exception {
        TestData.importAccounts(store, ws, "jan.xlsx", 10, TestData.ids("A", 1500));
        List<StoredAccount> before = TestData.current(store, ws);
        long snapshots = TestData.rows(store, "account_snapshot");
        long segments = TestData.rows(store, "account_segment");
        List<ImportRecord> imports = store.transaction(tx -> IMPORTS.list(tx, ws));

        assertThrows(IllegalStateException.class, () -> store.transaction(tx -> {
            long importId = IMPORTS.start(tx, ws, "feb.xlsx", null, null, "xlsx");
            // Half the accounts, past a batch flush, overwriting existing ids with new values.
            TestData.write(tx, ws, importId, 99, TestData.ids("A", 1200));
            throw new IllegalStateException("reader failed half-way");
        }));

        assertEquals(before, TestData.current(store, ws));
        assertEquals(snapshots, TestData.rows(store, "account_snapshot"));
        assertEquals(segments, TestData.rows(store, "account_segment"));
        assertEquals(imports, store.transaction(tx -> IMPORTS.list(tx, ws)));
    }

    @Test
    void explicitWriterCountsAndFlushesOnClose() throws Exception {
        int kpis = store.transaction(tx -> {
            long importId = IMPORTS.start(tx, ws, "w.csv", null, null, "csv");
            try (AccountWriter writer = ACCOUNTS.writer(tx, ws, importId)) {
                for (String id : TestData.ids("W", 10)) {
                    Account account = TestData.account(id, 5);
                    writer.write(account, TestData.profile(account), TestData.kpis(account, 5));
                }
                assertEquals(10, writer.written());
                return writer.kpisWritten();
            }
        });
        assertEquals(130, kpis);
        assertEquals(130, TestData.countCurrentKpis(store, ws));
    }

    @Test
    void accountWithoutExternalIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> store.transaction(tx -> {
            long importId = IMPORTS.start(tx, ws, "a.csv", null, null, "csv");
            ACCOUNTS.upsert(tx, ws, importId, new Account(" ", "x", null, null, null, null, null, null), null, List.of());
            return null;
        }));
    }

    @Test
    void forEachCurrentStreamsInExternalIdOrder() throws Exception {
        String[] ids = TestData.ids("Z", 300);
        java.util.Collections.reverse(java.util.Arrays.asList(ids));
        TestData.importAccounts(store, ws, "z.csv", 1, ids);
        var seen = new ArrayList<String>();
        store.transaction(tx -> {
            ACCOUNTS.forEachCurrent(tx, ws, s -> {
                assertEquals(13, s.kpis().size());
                seen.add(s.account().externalAccountId());
            });
            return null;
        });
        assertEquals(seen.stream().sorted().toList(), seen);
        assertEquals(300, seen.size());
        assertNull(store.transaction(tx -> ACCOUNTS.findCurrent(tx, ws, "nope")).orElse(null));
        assertTrue(store.transaction(tx -> ACCOUNTS.findCurrent(tx, ws, "Z-000007")).isPresent());
    }
}
