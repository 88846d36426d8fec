package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// One-transaction import at volume. Runs 5,000 accounts by default to keep the suite fast;
/// `-Dstore.volume=100000` checks the product's target (100,000 accounts x 13 KPIs).
class VolumeTest {

    private static final Logger LOG = Logger.getLogger(VolumeTest.class.getName());

    @TempDir
    Path dir;

    @Test
    void importReimportStreamAndUndoAtVolume() throws Exception {
        int volume = Integer.getInteger("store.volume", 5_000);
        String[] ids = TestData.ids("V", volume);
        try (Store store = Store.open(dir)) {
            long ws = TestData.workspace(store, "Big");

            long start = System.nanoTime();
            TestData.importAccounts(store, ws, "first.xlsx", 1, ids);
            long imported = System.nanoTime();
            TestData.importAccounts(store, ws, "second.xlsx", 2, ids);
            long reimported = System.nanoTime();
            var streamed = new AtomicInteger();
            store.transaction(tx -> {
                TestData.ACCOUNTS.forEachCurrent(tx, ws, account -> streamed.incrementAndGet());
                return null;
            });
            long read = System.nanoTime();
            store.transaction(tx -> TestData.IMPORTS.undoLast(tx, ws));
            long undone = System.nanoTime();

            assertEquals(volume, streamed.get());
            assertEquals(volume, TestData.countCurrent(store, ws));
            assertEquals(volume * 13, TestData.countCurrentKpis(store, ws));
            LOG.info(() -> String.format("%,d accounts: import %d ms, re-import %d ms, stream %d ms, undo %d ms, heap %d MB",
                    volume, ms(imported - start), ms(reimported - imported), ms(read - reimported),
                    ms(undone - read), usedHeapMb()));
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static long usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
