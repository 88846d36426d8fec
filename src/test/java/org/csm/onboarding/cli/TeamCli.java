package org.csm.onboarding.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.csm.onboarding.testdb.PostgresServer;

/// The command line in-process against a team database on the test [PostgresServer]: a fresh
/// database, `PGPASSWORD` in the environment the commands see, `--db-url` added by [#team].
final class TeamCli {

    static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final Map<String, String> variables = new HashMap<>();
    final String url;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    TeamCli(Path dir, String name) {
        this.dir = dir;
        this.url = PostgresServer.shared().createDatabase(name);
        variables.put("PGPASSWORD", PostgresServer.ADMIN_PASSWORD);
    }

    Run run(String... args) {
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

    /// `args` on the team database, as the user named in `urlSuffix` (e.g. `?user=lead`) or the admin.
    Run as(String urlSuffix, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", url.replaceAll("\\?.*", "") + urlSuffix));
        return run(all.toArray(String[]::new));
    }

    Run team(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", url));
        return run(all.toArray(String[]::new));
    }
}
