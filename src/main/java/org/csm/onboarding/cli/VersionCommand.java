package org.csm.onboarding.cli;

import picocli.CommandLine.Command;

/// `version`: the same line as `--version`.
@Command(name = "version", description = "Print the app's version.")
final class VersionCommand extends SessionCommand {

    VersionCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        session.out.println(new RootCommand.Version().getVersion()[0]);
        return CommandLine.OK;
    }
}
