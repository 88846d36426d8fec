package org.csm.onboarding.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `workspace copy`: onboard offline on H2, share on the team database, take it back: the
/// scores, configuration, import history and undo survive each hop.
class WorkspaceCopyTest {

    @TempDir
    Path dir;
    TeamCli cli;

    @BeforeEach
    void teamDatabase() {
        TestDatabase.assumePostgres();
        cli = new TeamCli(dir, "copy");
    }

    @Test
    void aWorkspaceGoesFromTheLaptopToTheTeamDatabaseAndBack() throws Exception {
        String laptop = dir.resolve("laptop").toString();
        String back = dir.resolve("back").toString();
        Path config = dir.resolve("config.json");
        assertEquals(0, cli.run("import", CommandLineTest.SAMPLE, "--workspace", "acme", "--db", laptop).exit());
        assertEquals(0, cli.run("config", "export", config.toString(), "--workspace", "acme", "--db", laptop).exit());
        String weights = java.nio.file.Files.readString(config).replace("\"product_usage\" : 35", "\"product_usage\" : 40")
                .replace("\"business_outcomes\" : 25", "\"business_outcomes\" : 20");
        java.nio.file.Files.writeString(config, weights);
        assertEquals(0, cli.run("config", "import", config.toString(), "--workspace", "acme", "--db", laptop).exit());
        assertEquals(0, cli.run("import", CommandLineTest.SAMPLE, "--workspace", "acme", "--db", laptop).exit());
        String original = cli.run("scores", "--workspace", "acme", "--json", "--db", laptop).out();

        CommandLineTest.Run shared = cli.run("workspace", "copy", "--workspace", "acme", "--from-db", laptop,
                "--to-db-url", cli.url, "--json");
        assertEquals(0, shared.exit(), shared.err());
        assertEquals(2, shared.json().path("rows").path("import_run").asInt(), shared.out());
        assertTrue(shared.json().path("rows").path("score_snapshot").asInt() >= 2, "score history came along: " + shared.out());
        assertEquals(original, cli.team("scores", "--workspace", "acme", "--json").out());

        CommandLineTest.Run again = cli.run("workspace", "copy", "--workspace", "acme", "--from-db", laptop,
                "--to-db-url", cli.url, "--json");
        assertEquals(CommandLine.REFUSED, again.exit());
        assertTrue(again.err().contains("already exists"), again.err());

        CommandLineTest.Run home = cli.run("workspace", "copy", "--workspace", "acme", "--from-db-url", cli.url,
                "--to-db", back);
        assertEquals(0, home.exit(), home.err());
        assertEquals(original, cli.run("scores", "--workspace", "acme", "--json", "--db", back).out());
        CommandLineTest.Run list = cli.run("workspace", "list", "--db", back, "--json");
        assertEquals("acme", list.json().path("workspaces").get(0).path("name").asText(), list.out());

        // The history came along: both imports can be undone on the copy, as on the original.
        assertEquals(0, cli.run("undo", "--workspace", "acme", "--db", back).exit());
        assertEquals(0, cli.run("undo", "--workspace", "acme", "--db", laptop).exit());
        assertEquals(cli.run("scores", "--workspace", "acme", "--json", "--db", laptop).out(),
                cli.run("scores", "--workspace", "acme", "--json", "--db", back).out());
    }
}
