package org.csm.onboarding.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.csm.onboarding.app.Main;
import org.csm.onboarding.sample.SampleWorkbookGenerator;
import org.csm.onboarding.testdb.PostgresServer;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Several copies of the app on one team database, as separate processes (the installed
/// command line): different workspaces at once, the same workspace in turns, a reader during
/// an import, and the server going away mid-import.
class TeamConcurrencyTest {

    static final int BIG = 3_000;

    @TempDir
    static Path shared;
    static Path big;

    @TempDir
    Path dir;

    @BeforeAll
    static void bigWorkbook() throws IOException {
        TestDatabase.assumePostgres();
        big = shared.resolve("big.xlsx");
        SampleWorkbookGenerator.write(big, BIG);
    }

    /// `onboarding ARGS --db-url URL` in a new JVM with the test password in PGPASSWORD.
    private Process start(String url, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--db-url", url));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("PGPASSWORD", PostgresServer.ADMIN_PASSWORD);
        builder.environment().put("ONBOARDING_DATA_DIR", dir.resolve("local").toString());
        builder.environment().remove("ONBOARDING_DB_URL");
        return builder.start();
    }

    record Done(int exit, String out, String err) {
    }

    private static Done finish(Process process) throws Exception {
        // Both streams drain at once, so a full pipe cannot stall the child.
        StringBuilder errors = new StringBuilder();
        Thread drain = Thread.ofVirtual().start(() -> {
            try {
                errors.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                errors.append(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        drain.join();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child did not finish");
        }
        return new Done(process.exitValue(), out, errors.toString());
    }

    private static Set<String> accountIds(TeamCli cli, String workspace) throws Exception {
        CommandLineTest.Run scores = cli.team("scores", "--workspace", workspace, "--json");
        assertEquals(0, scores.exit(), scores.err());
        Set<String> ids = new HashSet<>();
        for (JsonNode each : scores.json()) {
            ids.add(each.path("external_account_id").asText());
        }
        return ids;
    }

    @Test
    void twoProcessesImportIntoDifferentWorkspacesAtOnce() throws Exception {
        TeamCli cli = new TeamCli(dir, "two_workspaces");
        cli.team("import", CommandLineTest.SAMPLE, "--workspace", "setup");  // migrate once, before the race
        Process a = start(cli.url, "import", big.toString(), "--workspace", "alpha");
        Process b = start(cli.url, "import", CommandLineTest.SAMPLE, "--workspace", "beta");
        Done doneA = finish(a);
        Done doneB = finish(b);
        assertEquals(0, doneA.exit(), doneA.err());
        assertEquals(0, doneB.exit(), doneB.err());
        assertEquals(BIG, accountIds(cli, "alpha").size());
        assertEquals(35, accountIds(cli, "beta").size());
    }

    @Test
    void twoProcessesImportingIntoOneWorkspaceTakeTurns() throws Exception {
        TeamCli cli = new TeamCli(dir, "one_workspace");
        cli.team("import", CommandLineTest.SAMPLE, "--workspace", "setup");
        Process a = start(cli.url, "import", big.toString(), "--workspace", "shared");
        Process b = start(cli.url, "import", CommandLineTest.SAMPLE, "--workspace", "shared");
        Done doneA = finish(a);
        Done doneB = finish(b);
        List<Done> succeeded = new ArrayList<>();
        for (Done done : List.of(doneA, doneB)) {
            if (done.exit() == 0) {
                succeeded.add(done);
            } else {
                // The only acceptable failure is the clear "try again" one, never a deadlock.
                assertTrue(done.err().contains("is importing into this workspace; try again in a moment"), done.err());
            }
        }
        assertTrue(!succeeded.isEmpty(), "at least one import went through");
        // Exactly the accounts of the imports that went through: the second built on the first.
        Set<String> expected = new HashSet<>();
        if (doneA.exit() == 0) {
            assertEquals(0, cli.team("import", big.toString(), "--workspace", "reference").exit());
            expected.addAll(accountIds(cli, "reference"));
        }
        if (doneB.exit() == 0) {
            expected.addAll(accountIds(cli, "setup"));
        }
        assertEquals(expected, accountIds(cli, "shared"));
    }

    @Test
    void aReaderDuringAnImportSeesTheOldOrTheNewAccountsNeverAMix() throws Exception {
        TeamCli cli = new TeamCli(dir, "reader");
        assertEquals(0, cli.team("import", CommandLineTest.SAMPLE, "--workspace", "read").exit());
        Set<String> before = accountIds(cli, "read");
        Process importer = start(cli.url, "import", big.toString(), "--workspace", "read");
        List<Set<String>> seen = new ArrayList<>();
        while (importer.isAlive()) {
            seen.add(accountIds(cli, "read"));
            Thread.sleep(100);  // leave the two cores to the importer, too
        }
        Done done = finish(importer);
        assertEquals(0, done.exit(), done.err());
        Set<String> after = accountIds(cli, "read");
        assertNotEquals(before, after);
        for (Set<String> each : seen) {
            assertTrue(each.equals(before) || each.equals(after), "a mix of " + each.size() + " accounts");
        }
        assertTrue(!seen.isEmpty());
    }

    @Test
    void theServerStoppingMidImportLeavesNothingHalfDoneAndSaysSo() throws Exception {
        PostgresServer server = PostgresServer.start();
        try {
            server.admin("postgres", "CREATE DATABASE dropped");
            String url = server.url("dropped") + "?user=" + PostgresServer.ADMIN;
            TeamCli cli = new TeamCli(dir, "unused");
            CommandLineTest.Run baseline = cli.run("import", CommandLineTest.SAMPLE, "--workspace", "w", "--db-url", url);
            assertEquals(0, baseline.exit(), baseline.err());
            Process importer = start(url, "import", big.toString(), "--workspace", "w");
            waitUntilWriting(server);
            server.kill();
            Done done = finish(importer);
            assertEquals(CommandLine.FAILURE, done.exit(), done.out());
            assertTrue(done.err().contains("cannot be reached or closed the connection"), done.err());
            assertTrue(done.err().contains("Nothing half-done was saved"), done.err());
            server.restart();
            try (Connection c = server.connect("dropped", PostgresServer.ADMIN, PostgresServer.ADMIN_PASSWORD);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM import_run")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "only the baseline import");
            }
            CommandLineTest.Run scores = cli.run("scores", "--workspace", "w", "--json", "--db-url", url);
            assertEquals(0, scores.exit(), scores.err());
            assertEquals(35, scores.json().size());
        } finally {
            server.stop();
        }
    }

    /// Until the importing session has written something in its open transaction.
    private static void waitUntilWriting(PostgresServer server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection c = server.connect("postgres", PostgresServer.ADMIN, PostgresServer.ADMIN_PASSWORD);
             Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = 'dropped' "
                        + "AND application_name = 'CSM Onboarding' AND backend_xid IS NOT NULL")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the import never started writing");
    }
}
