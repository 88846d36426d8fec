package org.csm.onboarding.store;

import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.testdata.Filesystems;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The laptop's disk filling up and a database the app may only read, on real file systems
/// ([Filesystems]): what the user is told, and that nothing stored is lost.
class StoreFaultsTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path tmp;

    private final Filesystems filesystems = new Filesystems();

    @AfterEach
    void unmount() throws Exception {
        filesystems.close();
    }

    @Test
    void h2sWriteFailureOnAFullDiskIsCalledDiskFull() {
        SQLException e = new SQLException("General error: Writing to channel failed", "HY000", 50000,
                DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed",
                        "channel", new IOException("No space left on device")));
        StoreException failure = StoreException.fromSql(e, DbLocation.h2(tmp));
        assertEquals(StoreException.Kind.DISK_FULL, failure.kind());
        assertEquals("Not enough disk space in " + tmp + " (about 1 MB needed). Nothing was saved and the data stored "
                + "before is intact; free some space and try again.", failure.getMessage());
    }

    @Test
    void aFullDiskKeepsTheDataTrimsTheFileAndSaysHowMuchIsNeeded() throws Exception {
        Path dir = filesystems.smallDisk(tmp.resolve("disk"), 16).resolve("data");
        Path file = LocalFolder.databaseFile(dir);
        try (Store store = Store.open(dir)) {
            long ws = TestData.workspace(store, "Acme");
            TestData.importAccounts(store, ws, "a.xlsx", 10, "A1", "A2", "A3");
            assertTrue(Files.exists(dir.resolve(LocalFolder.RESERVE)), "a reserve is kept while there is room");
            long before = Files.size(file);
            Filesystems.fill(dir, 16 * 1024);
            long freeBefore = LocalFolder.usableSpace(dir);

            StoreException e = assertThrows(StoreException.class,
                    () -> TestData.importAccounts(store, ws, "big.xlsx", 20, TestData.ids("B", 100_000)));
            assertEquals(StoreException.Kind.DISK_FULL, e.kind(), e.getMessage());
            assertTrue(e.getMessage().matches("Not enough disk space in " + java.util.regex.Pattern.quote(dir.toString())
                    + " \\(about \\d+ MB needed\\)\\. .*"), e.getMessage());

            // The same store goes on: the earlier import is all there, and the failed one left no trace.
            assertEquals(3, TestData.countCurrent(store, ws));
            assertTrue(Files.size(file) <= before + MB, () -> "the file kept the failed write: " + sizeOf(file));
            assertTrue(LocalFolder.usableSpace(dir) >= freeBefore + LocalFolder.RESERVE_BYTES,
                    "the failed write's space and the reserve went back to the disk");
            TestData.importAccounts(store, ws, "c.xlsx", 30, "C1");
            assertEquals(4, TestData.countCurrent(store, ws));
        }
        try (Store store = Store.open(dir)) {
            assertEquals(4, TestData.countCurrent(store, TestData.workspace(store, "Acme")));
        }
        assertNoTraceFiles(dir);
    }

    @Test
    void aReadOnlyDatabaseOpensForViewingAndRefusesChangesSayingWhy() throws Exception {
        Path dir = tmp.resolve("data");
        try (Store store = Store.open(dir)) {
            TestData.importAccounts(store, TestData.workspace(store, "Acme"), "a.xlsx", 10, "A1", "A2");
        }
        filesystems.readOnly(dir);
        try (Store store = Store.open(dir)) {
            assertFalse(store.canWrite());
            String reason = store.readOnlyReason().orElseThrow();
            assertTrue(reason.contains(dir.toString()) && reason.contains("read-only") && reason.contains("import"), reason);
            long ws = TestData.workspace(store, "Acme");
            assertEquals(2, TestData.countCurrent(store, ws));
            StoreException e = assertThrows(StoreException.class,
                    () -> TestData.importAccounts(store, ws, "b.xlsx", 20, "B1"));
            assertEquals(StoreException.Kind.READ_ONLY, e.kind());
            assertEquals(reason, e.getMessage());
        }
        assertNoTraceFiles(dir);
    }

    @Test
    void anUnreadableDatabaseFileIsNamed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Filesystems.permissionsApply(), "root reads every file");
        Path dir = tmp.resolve("data");
        Store.open(dir).close();
        Path file = LocalFolder.databaseFile(dir);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("cannot read the database file " + file), e.getMessage());
    }

    private static void assertNoTraceFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.List.of(), files.filter(p -> p.toString().endsWith(".trace.db")).toList());
        }
    }

    private static String sizeOf(Path file) {
        try {
            return Files.size(file) + " bytes";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
