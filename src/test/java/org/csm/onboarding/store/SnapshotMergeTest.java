package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.AccountTableBuilder;
import org.junit.jupiter.api.Test;

/// A file imported into a workspace whose accounts would not fit the heap twice is merged with
/// the stored snapshot read segment by segment; the result must be what the in-memory merge gives.
class SnapshotMergeTest extends StoreTestBase {

    private static final SnapshotRepository SNAPSHOTS = new SnapshotRepository();

    @Test
    void mergingSegmentBySegmentGivesWhatMergingInMemoryGives() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {  // three segments
            ids.add(String.format("ACC-%05d", i));
        }
        TestData.importAccounts(store, ws, "all.xlsx", 10, ids.toArray(String[]::new));
        var update = new AccountTableBuilder();
        for (String id : List.of("ACC-00003", "ACC-40000", "NEW-1", "ACC-69999")) {
            Account account = TestData.account(id, 99);
            update.add(account, TestData.profile(account), TestData.kpis(account, 99));
        }
        AccountTable changes = update.build();
        store.transaction(tx -> {
            long base = SNAPSHOTS.currentId(tx, ws).orElseThrow();
            AccountTable inMemory = AccountTable.merge(SNAPSHOTS.load(tx, base), changes);
            AccountTable streamed = SNAPSHOTS.merged(tx, base, changes, 0);
            assertNotSame(inMemory, streamed);
            assertEquals(70_001, streamed.size());
            for (int row = 0; row < streamed.size(); row++) {
                assertEquals(inMemory.ids().get(row), streamed.ids().get(row));
                assertEquals(inMemory.account(row), streamed.account(row));
                assertEquals(inMemory.kpis(row), streamed.kpis(row));
            }
            assertEquals(99.0, streamed.account(streamed.indexOf("ACC-40000")).revenue());
            return null;
        });
    }

    @Test
    void aFileWithEveryAccountAgainIsTheMergeItself() throws Exception {
        TestData.importAccounts(store, ws, "two.xlsx", 10, "A1", "A2");
        var update = new AccountTableBuilder();
        for (String id : List.of("A2", "A1")) {
            Account account = TestData.account(id, 5);
            update.add(account, null, List.of());
        }
        AccountTable changes = update.build();
        store.transaction(tx -> {
            assertSame(changes, SNAPSHOTS.merged(tx, SNAPSHOTS.currentId(tx, ws).orElseThrow(), changes, 0));
            return null;
        });
    }
}
