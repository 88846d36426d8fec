package org.csm.onboarding.store;

import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.testdb.OnBothDatabases;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

import java.nio.file.Path;

/// A fresh database with one workspace, "Acme", for each test, on H2 and on PostgreSQL.
@OnBothDatabases
abstract class StoreTestBase {

    @Parameter
    TestDatabase database;
    @TempDir
    Path dir;
    DbLocation location;
    Store store;
    long ws;

    @BeforeEach
    void open(TestInfo test) throws StoreException {
        location = database.fresh(dir, getClass().getSimpleName());
        store = Store.open(location);
        ws = TestData.workspace(store, "Acme");
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }
}
