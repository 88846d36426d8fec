package org.csm.onboarding.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/// `--db` and `--json`, shared by every command that reads the data folder (a picocli mixin).
class DataOptions {

    @Option(names = "--db", paramLabel = "DIR", description = "data folder (default: the OS's user data folder)")
    Path db;

    @Option(names = "--json", description = "machine-readable output: one JSON document on stdout")
    boolean json;
}
