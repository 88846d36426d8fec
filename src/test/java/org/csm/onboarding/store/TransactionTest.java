package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TransactionTest extends StoreTestBase {


    @Test
    void uncheckedExceptionRollsBackAndPropagatesUnchanged() {
        var cancel = new CancellationException("user cancelled");
        var thrown = assertThrows(CancellationException.class, () -> store.transaction(tx -> {
            TestData.WORKSPACES.getOrCreate(tx, "Other");
            throw cancel;
        }));
        assertSame(cancel, thrown);
        assertEquals(List.of("Acme"), workspaceNames());
    }

    @Test
    void checkedExceptionRollsBackAndIsWrappedWithItsCause() {
        var failure = new IOException("disk gone");
        var thrown = assertThrows(StoreException.class, () -> store.transaction(tx -> {
            TestData.WORKSPACES.getOrCreate(tx, "Other");
            throw failure;
        }));
        assertSame(failure, thrown.getCause());
        assertEquals(StoreException.Kind.OTHER, thrown.kind());
        assertEquals(List.of("Acme"), workspaceNames());
    }

    @Test
    void sqlFailureBecomesStoreExceptionAndRollsBack() {
        var thrown = assertThrows(StoreException.class, () -> store.transaction(tx -> {
            TestData.WORKSPACES.getOrCreate(tx, "Other");
            // No such workspace: the foreign key refuses it.
            return TestData.IMPORTS.start(tx, 9_999, "x.csv", null, null, "csv");
        }));
        assertEquals(StoreException.Kind.OTHER, thrown.kind());
        assertTrue(thrown.getMessage().contains(location.describe() + " reported a problem"), thrown.getMessage());
        assertEquals(List.of("Acme"), workspaceNames());
    }

    @Test
    void transactionsDoNotNest() {
        assertThrows(IllegalStateException.class, () -> store.transaction(tx -> store.transaction(inner -> 1)));
    }

    @Test
    void txCannotBeUsedAfterItsTransaction() throws StoreException {
        Tx leaked = store.transaction(tx -> tx);
        assertThrows(IllegalStateException.class, () -> TestData.WORKSPACES.list(leaked));
    }

    @Test
    void backgroundThreadsShareOneStoreSafely() throws Exception {
        try (var executor = Executors.newFixedThreadPool(4)) {
            List<Future<Long>> imports = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String prefix = "T" + i;
                imports.add(executor.submit(() -> TestData.importAccounts(store, ws, prefix, 1, TestData.ids(prefix, 50))));
            }
            for (Future<Long> f : imports) {
                f.get();
            }
        }
        assertEquals(400, TestData.countCurrent(store, ws));
    }

    private List<String> workspaceNames() {
        try {
            return store.transaction(tx -> TestData.WORKSPACES.list(tx).stream().map(Workspace::name).toList());
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
    }
}
