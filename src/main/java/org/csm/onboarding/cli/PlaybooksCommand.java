package org.csm.onboarding.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.csm.onboarding.engine.playbook.Recommendation;
import org.csm.onboarding.service.ActionPlan;
import org.csm.onboarding.service.AskService;
import org.csm.onboarding.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `playbooks`: every account's recommended playbooks with the KPI and value that triggered it;
/// `--csm` keeps one CSM's accounts, `--export` writes that action plan to .xlsx or .csv.
@Command(name = "playbooks", description = "Recommended playbooks per account, riskiest accounts first.")
final class PlaybooksCommand extends WorkspaceCommand {

    @Option(names = "--csm", paramLabel = "NAME", description = "only the accounts of this CSM (any case)")
    String csm;

    @Option(names = "--export", paramLabel = "FILE", description = "write the action plan to FILE (.xlsx, or .csv otherwise)")
    Path export;

    PlaybooksCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws Exception {
        try (Store db = session.openStore(store)) {
            ActionPlan plan = new ActionPlan(db);
            if (csm != null) {
                List<String> known = plan.csms(store.workspace);
                if (known.stream().noneMatch(c -> c.equalsIgnoreCase(csm.trim()))) {
                    throw new CommandFailure(CommandLine.USAGE, "usage", "No account of workspace \"" + store.workspace
                            + "\" has the CSM \"" + csm + "\"." + (known.isEmpty() ? "" : " CSMs: " + String.join(", ", known) + "."));
                }
            }
            List<Recommendation> recs;
            if (csm == null && export == null) {
                // The whole list keeps its riskiest-first order across CSMs.
                recs = new AskService(db).playbooks(store.workspace);
            } else {
                List<ActionPlan.Line> lines = plan.lines(store.workspace, csm);
                if (export != null) {
                    ActionPlan.write(export, lines);
                }
                recs = lines.stream().map(ActionPlan.Line::recommendation).toList();
            }
            if (store.json && export != null) {
                Map<String, Object> m = failureKeys();
                m.put("saved", true);
                m.put("recommendations", recs.size());
                session.printJson(m);
            } else if (store.json) {
                session.printJson(recs.stream().map(AskJson::recommendation).toList());
            } else if (export != null) {
                session.out.println("Saved " + recs.size() + " recommendations" + (csm == null ? "" : " for " + csm) + " to "
                        + export.toAbsolutePath());
            } else {
                AskOutput.playbooks(session.out, recs);
            }
            return CommandLine.OK;
        }
    }

    @Override
    Map<String, Object> failureKeys() {
        Map<String, Object> m = super.failureKeys();
        m.put("csm", csm);
        m.put("file", export == null ? null : export.toString());
        return m;
    }
}
