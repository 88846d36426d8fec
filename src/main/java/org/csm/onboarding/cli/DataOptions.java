package org.csm.onboarding.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/// `--db`, `--db-url` and `--json`, shared by every command that reads the database (a picocli mixin).
class DataOptions {

    @Option(names = "--db", paramLabel = "DIR", description = "data folder (default: the OS's user data folder)")
    Path db;

    @Option(names = "--db-url", paramLabel = "URL", description = "a team PostgreSQL database instead of the folder: "
            + "jdbc:postgresql://HOST:PORT/DB[?user=U] (default: $ONBOARDING_DB_URL); the password comes from "
            + "PGPASSWORD or ~/.pgpass, or is asked for")
    String dbUrl;

    @Option(names = "--json", description = "machine-readable output: one JSON document on stdout")
    boolean json;
}
