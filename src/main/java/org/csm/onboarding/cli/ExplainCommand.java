package org.csm.onboarding.cli;

import org.csm.onboarding.engine.score.KpiScorer;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/// `explain ACCOUNT_ID`: each KPI's value, band, score, points lost and what reaches the next band.
@Command(name = "explain", description = "What each KPI adds to or costs an account's score.")
final class ExplainCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "ACCOUNT_ID", description = "the account to explain, as in the file's id column")
    String id;

    ExplainCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws Exception {
        try (Store db = session.openStore(store)) {
            var workspaces = new WorkspaceService(db);
            Optional<HealthScore> score = workspaces.explain(store.workspace, id);
            if (score.isEmpty()) {
                throw new CommandFailure(CommandLine.REFUSED, "account_not_found",
                        "No account " + id + " in workspace \"" + store.workspace + "\".");
            }
            KpiCatalog catalog = workspaces.config(store.workspace).catalog();
            List<String> next = score.get().kpis().stream()
                    .map(k -> KpiScorer.describeNextBand(k, catalog.get(k.kpiKey()).direction())).toList();
            if (store.json) {
                session.printJson(Json.explanation(score.get(), next));
            } else {
                HumanOutput.explanation(session.out, score.get(), next);
            }
            return CommandLine.OK;
        }
    }

    @Override
    Map<String, Object> failureKeys() {
        Map<String, Object> m = super.failureKeys();
        m.put("external_account_id", id);
        return m;
    }
}
