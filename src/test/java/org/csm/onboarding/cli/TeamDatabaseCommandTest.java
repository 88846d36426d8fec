package org.csm.onboarding.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Every command on a team database: `--db-url` or `ONBOARDING_DB_URL`, the password from
/// `PGPASSWORD`; the same file gives byte-identical `scores --json` on H2 and PostgreSQL.
class TeamDatabaseCommandTest {

    static final String SAMPLE = CommandLineTest.SAMPLE;
    @TempDir
    Path dir;
    TeamCli cli;

    @BeforeEach
    void teamDatabase() {
        TestDatabase.assumePostgres();
        cli = new TeamCli(dir, "cli");
    }

    private CommandLineTest.Run run(String... args) {
        return cli.run(args);
    }

    private CommandLineTest.Run team(String... args) {
        return cli.team(args);
    }

    @Test
    void scoresJsonIsByteIdenticalOnH2AndPostgres() {
        Path h2 = dir.resolve("h2");
        assertEquals(0, run("import", SAMPLE, "--workspace", "acme", "--db", h2.toString()).exit());
        assertEquals(0, team("import", SAMPLE, "--workspace", "acme").exit());
        CommandLineTest.Run local = run("scores", "--workspace", "acme", "--json", "--db", h2.toString());
        CommandLineTest.Run shared = team("scores", "--workspace", "acme", "--json");
        assertEquals(0, shared.exit(), shared.err());
        assertTrue(shared.out().contains("SRVL-3007"), shared.out());
        assertEquals(local.out(), shared.out());
        // Ask and playbooks read the same computed scores: the same answers on both.
        for (String[] command : new String[][] {{"ask", "accounts at risk"}, {"playbooks"}}) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--workspace", "acme", "--json"));
            CommandLineTest.Run onH2 = run(concat(args, "--db", h2.toString()));
            CommandLineTest.Run onPg = team(args.toArray(String[]::new));
            assertEquals(0, onPg.exit(), onPg.err());
            assertEquals(onH2.out(), onPg.out(), String.join(" ", command));
        }
    }

    private static String[] concat(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void importExplainUndoAndConfigRoundTripOnTheTeamDatabase() throws Exception {
        assertEquals(0, team("import", SAMPLE, "--workspace", "acme").exit());
        assertEquals(0, team("import", SAMPLE, "--workspace", "acme").exit());
        CommandLineTest.Run explain = team("explain", "SRVL-3007", "--workspace", "acme", "--json");
        assertEquals(0, explain.exit(), explain.err());
        assertEquals(52.83, explain.json().path("overall").asDouble());
        assertEquals("Elastic AI Corp", explain.json().path("account_name").asText());
        assertEquals(0, team("undo", "--workspace", "acme").exit());
        Path config = dir.resolve("acme-config.json");
        assertEquals(0, team("config", "export", config.toString(), "--workspace", "acme").exit());
        CommandLineTest.Run imported = team("config", "import", config.toString(), "--workspace", "beta");
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(0, team("scores", "--workspace", "acme", "--json").exit());
    }

    @Test
    void theEnvironmentVariableNamesTheTeamDatabase() throws Exception {
        cli.variables.put(DbLocation.ENV_URL, cli.url);
        assertEquals(0, run("import", SAMPLE, "--workspace", "env").exit());
        CommandLineTest.Run scores = team("scores", "--workspace", "env", "--json");
        assertEquals(0, scores.exit(), scores.err());
        assertTrue(scores.out().contains("SRVL-3007"));
    }

    @Test
    void aWrongPasswordOrBadUrlSaysWhatToFix() throws Exception {
        cli.variables.put("PGPASSWORD", "wrong");
        CommandLineTest.Run refused = team("scores", "--workspace", "acme", "--json");
        assertEquals(CommandLine.FAILURE, refused.exit());
        assertEquals("database_login", refused.json().path("error").path("code").asText());
        assertTrue(refused.err().contains("~/.pgpass or PGPASSWORD"), refused.err());
        assertFalse(refused.err().contains("wrong"), refused.err());

        CommandLineTest.Run badUrl = run("scores", "--db-url", "postgres://nope");
        assertEquals(CommandLine.USAGE, badUrl.exit());
        assertTrue(badUrl.err().contains("jdbc:postgresql://HOST:PORT/DATABASE"), badUrl.err());
        CommandLineTest.Run both = run("scores", "--db-url", cli.url, "--db", dir.toString());
        assertEquals(CommandLine.USAGE, both.exit());
    }
}
