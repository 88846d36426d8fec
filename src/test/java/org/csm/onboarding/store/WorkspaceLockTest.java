package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.testdb.PostgresServer;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Two stores (two users of a team database) and the workspace row lock: the same workspace
/// takes turns, the second waits briefly or is told who is importing; other workspaces go on.
class WorkspaceLockTest {

    @TempDir
    Path dir;
    DbLocation location;
    Store first;
    long acme;
    long beta;

    @BeforeEach
    void twoWorkspaces() throws Exception {
        TestDatabase.assumePostgres();
        location = TestDatabase.POSTGRESQL.fresh(dir, "lock");
        first = Store.open(location);
        acme = TestData.workspace(first, "Acme");
        beta = TestData.workspace(first, "Beta");
    }

    @AfterEach
    void close() {
        if (first != null) {
            first.close();
        }
        System.clearProperty("onboarding.lockTimeoutMs");
    }

    /// Holds the lock on `workspace` in `first` until `release` counts down.
    private CompletableFuture<Void> hold(String workspace, CountDownLatch locked, CountDownLatch release) {
        // Own threads: the common pool may have a single thread on two cores, busy holding.
        return CompletableFuture.runAsync(() -> {
            try {
                first.transaction(tx -> {
                    TestData.WORKSPACES.lock(tx, workspace);
                    locked.countDown();
                    return release.await(20, TimeUnit.SECONDS);
                });
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        }, Executors.newVirtualThreadPerTaskExecutor());
    }

    private static void later(long millis, CountDownLatch latch) {
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            latch.countDown();
        });
    }

    @Test
    void theSecondImporterIsToldWhoHoldsTheWorkspace() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = hold("Acme", locked, release);
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        System.setProperty("onboarding.lockTimeoutMs", "300");
        try (Store second = Store.open(location)) {
            StoreException busy = assertThrows(StoreException.class, () -> second.transaction(tx -> {
                TestData.WORKSPACES.lock(tx, "Acme");
                return null;
            }));
            assertEquals(StoreException.Kind.BUSY, busy.kind());
            assertEquals(PostgresServer.ADMIN + " is importing into this workspace; try again in a moment.",
                    busy.getMessage());
            // Another workspace is not held up.
            second.transaction(tx -> {
                TestData.WORKSPACES.lock(tx, "Beta");
                return null;
            });
        } finally {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theSecondImporterWaitsBrieflyForTheFirstToFinish() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = hold("Acme", locked, release);
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        try (Store second = Store.open(location)) {
            later(400, release);
            long start = System.nanoTime();
            second.transaction(tx -> {
                TestData.WORKSPACES.lock(tx, "Acme");
                return null;
            });
            assertTrue(System.nanoTime() - start >= 300_000_000L, "waited for the first");
        }
        holder.get(10, TimeUnit.SECONDS);
    }

    @Test
    void twoUsersCreatingTheSameWorkspaceGetTheSameOne() throws Exception {
        try (Store second = Store.open(location)) {
            CountDownLatch created = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Long> firstId = CompletableFuture.supplyAsync(() -> {
                try {
                    return first.transaction(tx -> {
                        long id = TestData.WORKSPACES.getOrCreate(tx, "Gamma").id();
                        created.countDown();
                        release.await(10, TimeUnit.SECONDS);
                        return id;
                    });
                } catch (StoreException e) {
                    throw new IllegalStateException(e);
                }
            }, Executors.newVirtualThreadPerTaskExecutor());
            assertTrue(created.await(10, TimeUnit.SECONDS));
            later(300, release);
            long secondId = second.transaction(tx -> TestData.WORKSPACES.getOrCreate(tx, "Gamma").id());
            assertEquals(firstId.get(10, TimeUnit.SECONDS), secondId);
        }
    }
}
