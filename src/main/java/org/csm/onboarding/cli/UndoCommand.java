package org.csm.onboarding.cli;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.ImportRecord;
import org.csm.onboarding.store.Store;
import picocli.CommandLine.Command;

import java.util.Map;
import java.util.Optional;

/// `undo`: reverts the workspace's last import.
@Command(name = "undo", description = "Revert the workspace's last import.")
final class UndoCommand extends WorkspaceCommand {

    UndoCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws Exception {
        try (Store db = session.openStore(store)) {
            Optional<ImportRecord> undone = new WorkspaceService(db).undo(store.workspace, Progress.NONE);
            if (store.json) {
                Map<String, Object> m = super.failureKeys();
                m.put("undone", undone.isPresent());
                undone.ifPresent(r -> {
                    m.put("import_id", r.id());
                    m.put("file", r.fileName());
                    m.put("accounts", r.accounts());
                });
                session.printJson(m);
            } else {
                session.out.println(undone.map(r -> "Undid import " + r.id() + " of " + r.fileName() + " (" + r.accounts() + " accounts).")
                        .orElse("Nothing to undo in workspace \"" + store.workspace + "\"."));
            }
            return CommandLine.OK;
        }
    }

    @Override
    Map<String, Object> failureKeys() {
        Map<String, Object> m = super.failureKeys();
        m.put("undone", false);
        return m;
    }
}
