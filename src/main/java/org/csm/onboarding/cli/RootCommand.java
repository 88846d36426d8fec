package org.csm.onboarding.cli;

import org.csm.onboarding.service.AppInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/// `onboarding`: the command line's top level. A new command is a class in this package plus
/// one entry in `subcommands`; help, "did you mean" and completion follow from the annotations.
@Command(name = "onboarding", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "CSM Onboarding: turn a customer's account export into health scores, offline.",
        subcommands = {PreviewCommand.class, ImportCommand.class, ScoresCommand.class, ExplainCommand.class,
                UndoCommand.class, TemplateCommand.class, ConfigCommand.class, WorkspaceGroupCommand.class, BenchCommand.class,
                AskCommand.class, PlaybooksCommand.class,
                VersionCommand.class, CompletionCommand.class, HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 2 usage error, 3 file refused or data errors found, 1 unexpected failure."})
final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /// No command: the help, and a usage exit code so a script that forgot its command fails.
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLine.USAGE;
    }

    /// `--version` and `version`.
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"CSM Onboarding " + AppInfo.version()};
        }
    }
}
