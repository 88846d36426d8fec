package org.csm.onboarding.cli;

import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.Store;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Map;

import org.csm.onboarding.model.ScorePoint;
import org.csm.onboarding.service.ScoreHistory;

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
                // previous_status / previous_overall come from the score history where it has the account.
                Map<String, ScorePoint> previous = new ScoreHistory(db).previous(store.workspace);
                session.printJson(scores.stream().map(s -> withPrevious(Json.score(s), previous.get(s.externalAccountId()))).toList());
            } else {
                HumanOutput.scores(session.out, scores, store.workspace);
            }
            return CommandLine.OK;
        }
    }

    private static Map<String, Object> withPrevious(Map<String, Object> score, ScorePoint previous) {
        if (previous != null) {
            score.put("previous_status", previous.status() == null ? null : previous.status().code());
            score.put("previous_overall", Json.round(previous.overall()));
        }
        return score;
    }
}
