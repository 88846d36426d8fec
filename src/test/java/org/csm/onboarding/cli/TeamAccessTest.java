package org.csm.onboarding.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.testdb.PostgresServer;
import org.csm.onboarding.testdb.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The GRANTs of the README's team mode section, run as written against a real server: the read-only
/// role sees everything and changes nothing (and is told so plainly); the read-write role imports.
class TeamAccessTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentedRolesReadAndWriteAsTheySay() throws Exception {
        TestDatabase.assumePostgres();
        TeamCli cli = new TeamCli(dir, "access");
        assertEquals(0, cli.team("import", CommandLineTest.SAMPLE, "--workspace", "acme").exit());
        String database = cli.url.replaceAll(".*/", "").replaceAll("\\?.*", "");
        List<String> grants = new ArrayList<>(documentedStatements(database));
        PostgresServer.shared().admin(database, grants.toArray(String[]::new));

        CommandLineTest.Run adminScores = cli.team("scores", "--workspace", "acme", "--json");
        CommandLineTest.Run leadScores = cli.as("?user=lead", "scores", "--workspace", "acme", "--json");
        assertEquals(0, leadScores.exit(), leadScores.err());
        assertEquals(adminScores.out(), leadScores.out());

        CommandLineTest.Run refused = cli.as("?user=lead", "import", CommandLineTest.SAMPLE, "--workspace", "acme", "--json");
        assertEquals(CommandLine.FAILURE, refused.exit());
        assertEquals("database_read_only", refused.json().path("error").path("code").asText(), refused.out());
        assertTrue(refused.err().contains("lets your database role read but not write, so nothing was saved"),
                refused.err());

        CommandLineTest.Run written = cli.as("?user=priya", "import", CommandLineTest.SAMPLE, "--workspace", "beta");
        assertEquals(0, written.exit(), written.err());
        assertEquals(0, cli.as("?user=priya", "undo", "--workspace", "beta").exit());

        String base = cli.url.replaceAll("\\?.*", "");
        try (Store lead = Store.open(TestDatabase.postgres(base + "?user=lead"));
             Store priya = Store.open(TestDatabase.postgres(base + "?user=priya"))) {
            assertFalse(lead.canWrite());
            assertTrue(priya.canWrite());
            assertEquals("priya", priya.user());
        }
        // A database a newer app version must update: a CSM's role cannot, and is told whom to ask.
        PostgresServer.shared().admin(database, "DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version)");
        StoreException outdated = assertThrows(StoreException.class, () -> Store.open(TestDatabase.postgres(base + "?user=priya")));
        assertEquals(StoreException.Kind.INCOMPATIBLE, outdated.kind());
        assertTrue(outdated.getMessage().contains("Ask its owner to open it once with this version."), outdated.getMessage());
    }

    /// The ```sql blocks of the README, for `database`, with the test password for the logins.
    private static List<String> documentedStatements(String database) throws IOException {
        String doc = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<String> statements = new ArrayList<>();
        while (block.find()) {
            for (String sql : block.group(1).split(";\\s*\\n")) {
                String clean = sql.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
                if (!clean.isEmpty()) {
                    statements.add(clean.replace("DATABASE onboarding", "DATABASE " + database)
                            .replace("'change-me'", "'" + PostgresServer.ADMIN_PASSWORD + "'"));
                }
            }
        }
        assertTrue(statements.size() >= 14, statements::toString);
        return statements;
    }
}
