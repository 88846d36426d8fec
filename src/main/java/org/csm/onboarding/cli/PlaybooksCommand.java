package org.csm.onboarding.cli;

import java.util.List;

import org.csm.onboarding.engine.playbook.Recommendation;
import org.csm.onboarding.service.AskService;
import org.csm.onboarding.store.Store;
import picocli.CommandLine.Command;

/// `playbooks`: every account's recommended playbooks with the KPI and value that triggered each.
@Command(name = "playbooks", description = "Recommended playbooks per account, riskiest accounts first.")
final class PlaybooksCommand extends WorkspaceCommand {

    PlaybooksCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws Exception {
        try (Store db = session.openStore(store)) {
            List<Recommendation> recs = new AskService(db).playbooks(store.workspace);
            if (store.json) {
                session.printJson(recs.stream().map(AskJson::recommendation).toList());
            } else {
                AskOutput.playbooks(session.out, recs);
            }
            return CommandLine.OK;
        }
    }
}
