package org.csm.onboarding.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `completion`: a bash/zsh completion script generated from the commands' annotations, so it
/// never drifts from the real options. `source <(onboarding completion)` enables it.
@Command(name = "completion", description = {"Print a bash/zsh completion script.",
        "Enable it with: source <(onboarding completion)"})
final class CompletionCommand extends SessionCommand {

    @Spec
    CommandSpec spec;

    CompletionCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        session.out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        return CommandLine.OK;
    }
}
