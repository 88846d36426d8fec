package org.csm.onboarding.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.csm.onboarding.sample.SampleWorkbookGenerator;
import org.csm.onboarding.testdata.Filesystems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// What the command line says when the database's disk is full or the database may only be
/// read: one line on stderr, one JSON document with `--json`, and the data stored before intact.
class CommandLineFaultsTest {

    @TempDir
    Path dir;

    private final Filesystems filesystems = new Filesystems();

    @AfterEach
    void unmount() throws Exception {
        filesystems.close();
    }

    private CommandLineTest.Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Environment env = CommandLineTest.environment(null, System.getenv());
        int exit = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
        var r = new CommandLineTest.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "stack trace in stderr: " + r.err());
        assertTrue(r.err().strip().lines().count() <= 1, () -> "at most one line on stderr: " + r.err());
        return r;
    }

    @Test
    void aFullDiskIsNamedWithTheSpaceNeededAndTheEarlierImportSurvives() throws Exception {
        Path big = dir.resolve("big.xlsx");
        SampleWorkbookGenerator.write(big, 2_000);
        String db = filesystems.smallDisk(dir.resolve("disk"), 16).resolve("data").toString();
        assertEquals(0, run("import", CommandLineTest.SAMPLE, "--db", db, "--workspace", "acme", "--json").exit());
        Filesystems.fill(Path.of(db), 128 * 1024);

        CommandLineTest.Run full = run("import", big.toString(), "--db", db, "--workspace", "big", "--json");
        assertEquals(1, full.exit());
        JsonNode error = full.json().get("error");
        assertEquals("disk_full", error.get("code").asText());
        assertTrue(error.get("message").asText().startsWith("Not enough disk space in " + db + " (about "), error::toString);
        assertFalse(full.json().get("imported").asBoolean());
        assertEquals("big.xlsx", full.json().get("file").asText());

        assertEquals(35, run("scores", "--db", db, "--workspace", "acme", "--json").json().size());
    }

    @Test
    void aReadOnlyDatabaseShowsScoresAndRefusesImportsSayingWhy() throws Exception {
        String db = dir.resolve("data").toString();
        assertEquals(0, run("import", CommandLineTest.SAMPLE, "--db", db, "--json").exit());
        filesystems.readOnly(Path.of(db));

        CommandLineTest.Run scores = run("scores", "--db", db, "--json");
        assertEquals(0, scores.exit(), scores.err());
        assertEquals(35, scores.json().size());
        assertEquals(0, run("explain", "SRVL-3007", "--db", db).exit());

        CommandLineTest.Run refused = run("import", CommandLineTest.SAMPLE, "--db", db, "--json");
        assertEquals(1, refused.exit());
        assertEquals("database_read_only", refused.json().get("error").get("code").asText());
        String message = refused.json().get("error").get("message").asText();
        assertTrue(message.contains(db) && message.contains("read-only") && message.contains("import"), message);
        assertEquals(message, refused.err().strip());
        assertFalse(Files.exists(Path.of(db, "onboarding.trace.db")));
    }
}
