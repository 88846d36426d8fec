package org.csm.onboarding.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csm.onboarding.testdb.PostgresServer;

/// The command line in-process against a team database on the test [PostgresServer]: a fresh
/// database, `PGPASSWORD` in the environment the commands see, `--db-url` added by [#team].
final class TeamCli {

    final Path dir;
    final Map<String, String> variables = new HashMap<>();
    final String url;

    TeamCli(Path dir, String name) {
        this.dir = dir;
        this.url = PostgresServer.shared().createDatabase(name);
        variables.put("PGPASSWORD", PostgresServer.ADMIN_PASSWORD);
    }

    CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(dir.resolve("data"), variables, args);
    }

    /// `args` on the team database as the user named in `urlSuffix` (e.g. `?user=lead`).
    CommandLineTest.Run as(String urlSuffix, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", url.replaceAll("\\?.*", "") + urlSuffix));
        return run(all.toArray(String[]::new));
    }

    /// `args` on the team database as the test superuser.
    CommandLineTest.Run team(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", url));
        return run(all.toArray(String[]::new));
    }
}
