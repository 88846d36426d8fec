package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondProcessTest {

    @TempDir
    Path dir;

    @Test
    void anotherProcessOpeningTheSameFolderGetsLockedWithAFriendlyMessage() throws Exception {
        try (Store _ = Store.open(dir)) {
            String output = runChild("open", dir);
            assertEquals("LOCKED|The database in " + dir.toAbsolutePath()
                    + " is in use by another copy of the app. Close it and try again.", output);
        }
        assertFalse(Files.exists(dir.resolve("onboarding.trace.db")), "H2 left a trace file in the data folder");
        assertEquals("OPENED", runChild("open", dir));
    }

    @Test
    void commitIsDurableWhenTheProcessDiesRightAfter() throws Exception {
        assertEquals("COMMITTED", runChild("import-then-die", dir));
        try (Store store = Store.open(dir)) {
            long ws = TestData.workspace(store, "Acme");
            assertEquals(50, TestData.countCurrent(store, ws));
            assertEquals(50 * 13, TestData.countCurrentKpis(store, ws));
        }
    }

    @Test
    void commitIsDurableAfterCloseWithoutShutdown() throws Exception {
        try (Store store = Store.open(dir)) {
            TestData.importAccounts(store, TestData.workspace(store, "Acme"), "a.xlsx", 1, "A1", "A2", "A3");
        }
        try (Store store = Store.open(dir)) {
            assertEquals(3, TestData.countCurrent(store, TestData.workspace(store, "Acme")));
        }
    }

    /// Runs [StoreChild] with this JVM's java and class path; returns its last output line.
    private static String runChild(String mode, Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                StoreChild.class.getName(), mode, dir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Child process did not finish");
        }
        String[] lines = output.split("\\R");
        return lines[lines.length - 1];
    }
}
