package org.csm.onboarding.cli;

import org.csm.onboarding.engine.template.StandardTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/// `template OUT.xlsx`: writes the standard import template.
@Command(name = "template", description = "Write the standard import template.")
final class TemplateCommand extends SessionCommand {

    @Parameters(index = "0", paramLabel = "OUT.xlsx", description = "where to write the template")
    Path target;

    TemplateCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws Exception {
        StandardTemplate.write(target);
        session.out.println("Wrote the standard template to " + target.toAbsolutePath());
        return CommandLine.OK;
    }
}
