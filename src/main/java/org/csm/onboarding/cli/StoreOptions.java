package org.csm.onboarding.cli;

import picocli.CommandLine.Option;

/// `--workspace`, `--db` and `--json`: the options of every command that works on a workspace.
final class StoreOptions extends DataOptions {

    static final String DEFAULT_WORKSPACE = "default";

    @Option(names = "--workspace", paramLabel = "W", defaultValue = DEFAULT_WORKSPACE,
            description = "keeps each onboarded customer separate (default: \"${DEFAULT-VALUE}\")")
    String workspace = DEFAULT_WORKSPACE;
}
