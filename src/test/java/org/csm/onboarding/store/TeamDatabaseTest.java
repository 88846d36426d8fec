package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.testdb.PostgresServer;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What only a shared server has: several copies of the app at once.
class TeamDatabaseTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsPostgres() {
        TestDatabase.assumePostgres();
    }

    @Test
    void copiesStartingTogetherOnANewDatabaseMigrateItOnce() throws Exception {
        DbLocation location = TestDatabase.POSTGRESQL.fresh(dir, "start_together");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> opened = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opened.add(pool.submit((Callable<Integer>) () -> {
                    try (Store store = Store.open(location)) {
                        return store.transaction(tx -> new Migrator(tx.connection(), location).currentVersion());
                    }
                }));
            }
            for (Future<Integer> each : opened) {
                assertEquals(Migrator.latestVersion(), each.get());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Store store = Store.open(location)) {
            assertEquals(Migrator.FILES.size(), (int) TestData.rows(store, "schema_version"));
        }
    }

    @Test
    void eachStoreKnowsItsDatabaseUser() throws Exception {
        try (Store store = Store.open(TestDatabase.POSTGRESQL.fresh(dir, "user"))) {
            assertEquals(PostgresServer.ADMIN, store.user());
        }
        try (Store store = Store.open(TestDatabase.H2.fresh(dir, "user"))) {
            assertEquals(System.getProperty("user.name"), store.user());
        }
    }
}
