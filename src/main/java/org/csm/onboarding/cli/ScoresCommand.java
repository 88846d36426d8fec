package org.csm.onboarding.cli;

import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.Store;
import picocli.CommandLine.Command;

import java.util.List;

/// `scores`: every account's overall score, status, coverage and category scores.
@Command(name = "scores", description = "Health score, status and coverage of every account.")
final class ScoresCommand extends WorkspaceCommand {

    ScoresCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws Exception {
        try (Store db = session.openStore(store)) {
            List<HealthScore> scores = new WorkspaceService(db).scores(store.workspace);
            if (store.json) {
                session.printJson(scores.stream().map(Json::score).toList());
            } else {
                HumanOutput.scores(session.out, scores, store.workspace);
            }
            return CommandLine.OK;
        }
    }
}
