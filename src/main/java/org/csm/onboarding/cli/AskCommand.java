package org.csm.onboarding.cli;

import java.util.Optional;

import org.csm.onboarding.engine.ask.Answer;
import org.csm.onboarding.engine.ask.AnswerKind;
import org.csm.onboarding.engine.ask.AskEngine;
import org.csm.onboarding.service.AskService;
import org.csm.onboarding.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `ask "QUESTION"`: answers a question about the workspace's accounts and shows what it understood.
@Command(name = "ask", description = {"Answer a question about the accounts, e.g. \"accounts with error rate over 5%%\",",
        "\"average spend by segment\", \"why is Elastic AI at risk\", \"what should we do about SRVL-3007\".",
        "Exit code 3 when the question was not understood (the answer lists questions that can be)."})
final class AskCommand extends WorkspaceCommand {

    @Parameters(index = "0", arity = "1..*", paramLabel = "QUESTION", description = "the question, quoted or not")
    String[] words;

    AskCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws Exception {
        String question = String.join(" ", words);
        try (Store db = session.openStore(store)) {
            Optional<AskEngine> engine = new AskService(db).engine(store.workspace);
            if (engine.isEmpty()) {
                throw new CommandFailure(CommandLine.REFUSED, "workspace_not_found",
                        "No workspace \"" + store.workspace + "\": import a file into it first.");
            }
            Answer answer = engine.get().ask(question);
            if (store.json) {
                session.printJson(AskJson.answer(answer, engine.get().table()));
            } else {
                AskOutput.answer(session.out, answer, engine.get().table());
            }
            return answer.kind() == AnswerKind.NOT_UNDERSTOOD ? CommandLine.REFUSED : CommandLine.OK;
        }
    }

    @Override
    java.util.Map<String, Object> failureKeys() {
        java.util.Map<String, Object> m = super.failureKeys();
        m.put("question", words == null ? null : String.join(" ", words));
        return m;
    }
}
