package org.csm.onboarding.cli;

import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.ConfigJson;
import org.csm.onboarding.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.csm.onboarding.engine.playbook.PlaybookCatalog;
import org.csm.onboarding.service.PlaybookService;
import java.util.concurrent.Callable;

/// `config export|import FILE`: goals, weights, reference ranges, custom KPIs and the playbook
/// catalogue as JSON; import rescores. A file without `playbooks` (an older export) leaves the catalogue alone.
@Command(name = "config", description = "Save or load goals, weights, reference ranges, custom KPIs and playbooks (import rescores).",
        subcommands = {ConfigCommand.Export.class, ConfigCommand.Import.class})
final class ConfigCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing export or import.");
    }

    /// The options and failure keys both directions share.
    private abstract static class Direction extends WorkspaceCommand {

        @Parameters(index = "0", paramLabel = "FILE", description = "the configuration JSON file")
        Path file;

        Direction(Session session) {
            super(session);
        }

        @Override
        Map<String, Object> failureKeys() {
            Map<String, Object> m = super.failureKeys();
            m.put("file", file == null ? null : file.toString());
            return m;
        }
    }

    @Command(name = "export", description = "Save the workspace's goals, weights, ranges, custom KPIs and playbooks to FILE.")
    static final class Export extends Direction {

        Export(Session session) {
            super(session);
        }

        @Override
        public Integer call() throws Exception {
            try (Store db = session.openStore(store)) {
                Files.writeString(file, ConfigJson.write(new WorkspaceService(db).config(store.workspace),
                        new PlaybookService(db).catalog(store.workspace).toArrayJson()), StandardCharsets.UTF_8);
            }
            if (store.json) {
                Map<String, Object> m = failureKeys();
                m.put("saved", true);
                session.printJson(m);
            } else {
                session.out.println("Saved the configuration of workspace \"" + store.workspace + "\" to " + file.toAbsolutePath());
            }
            return CommandLine.OK;
        }
    }

    @Command(name = "import", description = "Load goals, weights, ranges, custom KPIs and playbooks from FILE and rescore the workspace.")
    static final class Import extends Direction {

        Import(Session session) {
            super(session);
        }

        @Override
        public Integer call() throws Exception {
            OnboardingConfig config = InputFiles.config(file);
            Optional<PlaybookCatalog> playbooks = InputFiles.playbooks(file);
            try (Store db = session.openStore(store)) {
                // The playbooks were checked when read: saving them cannot fail half-way.
                if (playbooks.isPresent()) {
                    new PlaybookService(db).save(store.workspace, playbooks.get());
                }
                var summary = new WorkspaceService(db).changeConfig(store.workspace, config, Progress.NONE);
                if (store.json) {
                    Map<String, Object> m = failureKeys();
                    m.put("rescored_accounts", summary.accounts());
                    playbooks.ifPresent(p -> m.put("playbooks", p.playbooks().size()));
                    session.printJson(m);
                } else {
                    session.out.println("Loaded the configuration into workspace \"" + store.workspace + "\" and rescored "
                            + summary.accounts() + " accounts.");
                }
            }
            return CommandLine.OK;
        }
    }
}
