package org.csm.onboarding.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.Workspace;
import org.csm.onboarding.store.WorkspaceCopier;
import org.csm.onboarding.store.WorkspaceRepository;
import org.csm.onboarding.store.dialect.DbLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/// `workspace list|copy`: the workspaces of a database, and copying one between databases
/// (the laptop's H2 folder and a team PostgreSQL database, either way).
@Command(name = "workspace", description = "List the workspaces of a database, or copy one to another database.",
        subcommands = {WorkspaceGroupCommand.ListWorkspaces.class, WorkspaceGroupCommand.Copy.class})
final class WorkspaceGroupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing list or copy.");
    }

    @Command(name = "list", description = "The workspaces of the database, with their last import.")
    static final class ListWorkspaces extends SessionCommand {

        @Mixin
        DataOptions data;

        ListWorkspaces(Session session) {
            super(session);
        }

        @Override
        public Integer call() throws Exception {
            try (Store db = session.openStore(data)) {
                List<Workspace> all = db.transaction(tx -> new WorkspaceRepository().list(tx));
                if (data.json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("database", db.location().describe());
                    m.put("can_write", db.canWrite());
                    m.put("workspaces", all.stream().map(w -> {
                        Map<String, Object> each = new LinkedHashMap<>();
                        each.put("name", w.name());
                        each.put("last_import_at", w.lastImportAt() == null ? null : w.lastImportAt().toString());
                        return each;
                    }).toList());
                    session.printJson(m);
                } else {
                    all.forEach(w -> session.out.println(w.name()));
                    if (!db.canWrite()) {
                        session.out.println("(read-only: your database role may not change these workspaces)");
                    }
                }
                return CommandLine.OK;
            }
        }
    }

    @Command(name = "copy", description = "Copy a workspace (configuration, mappings, imports, snapshots, history) "
            + "from one database to another, e.g. from this computer to the team database.")
    static final class Copy extends SessionCommand {

        @Option(names = "--workspace", paramLabel = "W", required = true, description = "the workspace to copy")
        String workspace;
        @Option(names = "--from-db", paramLabel = "DIR", description = "copy from this data folder")
        java.nio.file.Path fromDb;
        @Option(names = "--from-db-url", paramLabel = "URL", description = "copy from this PostgreSQL database")
        String fromDbUrl;
        @Option(names = "--to-db", paramLabel = "DIR", description = "copy to this data folder")
        java.nio.file.Path toDb;
        @Option(names = "--to-db-url", paramLabel = "URL", description = "copy to this PostgreSQL database")
        String toDbUrl;
        @Option(names = "--json", description = "machine-readable output: one JSON document on stdout")
        boolean json;

        Copy(Session session) {
            super(session);
        }

        @Override
        public Integer call() throws Exception {
            DbLocation from = session.location(options(fromDb, fromDbUrl));
            DbLocation to = session.location(options(toDb, toDbUrl));
            if (from.describe().equals(to.describe())) {
                throw new CommandFailure(CommandLine.USAGE, "usage", "The source and the target are the same database.");
            }
            WorkspaceCopier.Result result;
            try (Store source = session.openStore(from); Store target = session.openStore(to)) {
                result = new WorkspaceCopier().copy(source, target, workspace);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(CommandLine.REFUSED, "workspace_refused", e.getMessage());
            }
            if (json) {
                Map<String, Object> m = failureKeys();
                m.put("copied", true);
                m.put("from", from.describe());
                m.put("to", to.describe());
                m.put("rows", result.rows());
                session.printJson(m);
            } else {
                session.out.println("Copied workspace \"" + workspace + "\" from " + from.describe() + " to "
                        + to.describe() + ": " + result.rows().getOrDefault("import_run", 0) + " imports.");
            }
            return CommandLine.OK;
        }

        @Override
        Map<String, Object> failureKeys() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("workspace", workspace);
            m.put("copied", false);
            return m;
        }

        private static DataOptions options(java.nio.file.Path db, String url) {
            DataOptions options = new DataOptions();
            options.db = db;
            options.dbUrl = url;
            return options;
        }
    }
}
