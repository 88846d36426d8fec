package org.csm.onboarding.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/// A fresh database in a temporary folder with one workspace, "Acme", for each test.
abstract class StoreTestBase {

    @TempDir
    Path dir;
    Store store;
    long ws;

    @BeforeEach
    void open() throws StoreException {
        store = Store.open(dir);
        ws = TestData.workspace(store, "Acme");
    }

    @AfterEach
    void close() {
        store.close();
    }
}
