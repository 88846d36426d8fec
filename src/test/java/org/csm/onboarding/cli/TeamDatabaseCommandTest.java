package org.csm.onboarding.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.testdb.PostgresServer;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Every command on a team database: `--db-url` or `ONBOARDING_DB_URL`, the password from
/// `PGPASSWORD`; the same file gives byte-identical `scores --json` on H2 and PostgreSQL.
class TeamDatabaseCommandTest {

    static final String SAMPLE = CommandLineTest.SAMPLE;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    final Map<String, String> variables = new HashMap<>();
    String url;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    @BeforeEach
    void teamDatabase() {
        TestDatabase.assumePostgres();
        url = PostgresServer.shared().createDatabase("cli");
        variables.put("PGPASSWORD", PostgresServer.ADMIN_PASSWORD);
    }

    private Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Path data = dir.resolve("data");
        Environment env = new Environment() {
            @Override
            public Path dataDir(Path override) {
                return override != null ? override : data;
            }

            @Override
            public Path startLogging(Path dataDir) {
                return null;
            }

            @Override
            public Map<String, String> variables() {
                return variables;
            }
        };
        int exit = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
        Run r = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.err().contains("Exception"), () -> "stack trace in stderr: " + r.err());
        return r;
    }

    private Run team(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", url));
        return run(all.toArray(String[]::new));
    }

    @Test
    void scoresJsonIsByteIdenticalOnH2AndPostgres() {
        Path h2 = dir.resolve("h2");
        assertEquals(0, run("import", SAMPLE, "--workspace", "acme", "--db", h2.toString()).exit());
        assertEquals(0, team("import", SAMPLE, "--workspace", "acme").exit());
        Run local = run("scores", "--workspace", "acme", "--json", "--db", h2.toString());
        Run shared = team("scores", "--workspace", "acme", "--json");
        assertEquals(0, shared.exit(), shared.err());
        assertTrue(shared.out().contains("SRVL-3007"), shared.out());
        assertEquals(local.out(), shared.out());
    }

    @Test
    void importExplainUndoAndConfigRoundTripOnTheTeamDatabase() throws Exception {
        assertEquals(0, team("import", SAMPLE, "--workspace", "acme").exit());
        assertEquals(0, team("import", SAMPLE, "--workspace", "acme").exit());
        Run explain = team("explain", "SRVL-3007", "--workspace", "acme", "--json");
        assertEquals(0, explain.exit(), explain.err());
        assertEquals(52.83, explain.json().path("overall").asDouble());
        assertEquals("Elastic AI Corp", explain.json().path("account_name").asText());
        assertEquals(0, team("undo", "--workspace", "acme").exit());
        Path config = dir.resolve("acme-config.json");
        assertEquals(0, team("config", "export", config.toString(), "--workspace", "acme").exit());
        Run imported = team("config", "import", config.toString(), "--workspace", "beta");
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(0, team("scores", "--workspace", "acme", "--json").exit());
    }

    @Test
    void theEnvironmentVariableNamesTheTeamDatabase() throws Exception {
        variables.put(DbLocation.ENV_URL, url);
        assertEquals(0, run("import", SAMPLE, "--workspace", "env").exit());
        Run scores = team("scores", "--workspace", "env", "--json");
        assertEquals(0, scores.exit(), scores.err());
        assertTrue(scores.out().contains("SRVL-3007"));
    }

    @Test
    void aWrongPasswordOrBadUrlSaysWhatToFix() throws Exception {
        variables.put("PGPASSWORD", "wrong");
        Run refused = team("scores", "--workspace", "acme", "--json");
        assertEquals(CommandLine.FAILURE, refused.exit());
        assertEquals("database_login", refused.json().path("error").path("code").asText());
        assertTrue(refused.err().contains("~/.pgpass or PGPASSWORD"), refused.err());
        assertFalse(refused.err().contains("wrong"), refused.err());

        Run badUrl = run("scores", "--db-url", "postgres://nope");
        assertEquals(CommandLine.USAGE, badUrl.exit());
        assertTrue(badUrl.err().contains("jdbc:postgresql://HOST:PORT/DATABASE"), badUrl.err());
        Run both = run("scores", "--db-url", url, "--db", dir.toString());
        assertEquals(CommandLine.USAGE, both.exit());
    }
}
