package org.csm.onboarding.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.csm.onboarding.engine.ask.Answer;
import org.csm.onboarding.engine.ask.AskEngine;
import org.csm.onboarding.service.AskService;
import org.csm.onboarding.ui.common.UiContext;

/// The Ask box's state: the engine over the workspace (built off the FX thread on first use and
/// after every rescore), the last questions asked (newest first) and the current answer.
public final class AskViewModel {

    static final int RECENT = 8;

    private final UiContext ctx;
    private final String workspace;
    private final AskService service;
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ObjectProperty<Answer> answer = new SimpleObjectProperty<>();
    private final List<String> completions = new ArrayList<>();
    private AskEngine engine;

    public AskViewModel(UiContext ctx, String workspace) {
        this.ctx = ctx;
        this.workspace = workspace;
        this.service = new AskService(ctx.store());
    }

    /// Forgets the engine: the next question reads the workspace again (after an import or rescore).
    public void invalidate() {
        engine = null;
    }

    /// Answers `question` off the FX thread; `then` runs on the FX thread with the answer.
    public void ask(String question, Runnable then) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty()) {
            return;
        }
        recent.remove(q);
        recent.addFirst(q);
        if (recent.size() > RECENT) {
            recent.remove(RECENT, recent.size());
        }
        AskEngine current = engine;
        ctx.tasks().run(ctx.text("ask.running"), progress -> {
            AskEngine e = current != null ? current : service.engine(workspace).orElse(null);
            return e == null ? new Result(null, Answer.notUnderstood(q, ctx.text("ask.noWorkspace"), List.of()))
                    : new Result(e, e.ask(q));
        }, result -> {
            adopt(result.engine());
            answer.set(result.answer());
            then.run();
        }, ctx::fail);
    }

    private record Result(AskEngine engine, Answer answer) {
    }

    /// The engine of the last answer, for the rows' ids and columns.
    public Optional<AskEngine> engine() {
        return Optional.ofNullable(engine);
    }

    /// Field names, values and account names the box completes (filled after the first answer).
    public List<String> completions() {
        return completions;
    }

    /// Loads the completions now (off the FX thread), so the box completes before the first question.
    public void warmUp() {
        ctx.tasks().run(ctx.text("ask.running"), progress -> service.engine(workspace).orElse(null), this::adopt, ctx::fail);
    }

    /// Keeps a freshly built engine and takes its words for completion (the first 5,000 names).
    void adopt(AskEngine fresh) {
        if (fresh == null || engine != null) {
            return;
        }
        engine = fresh;
        completions.clear();
        completions.addAll(fresh.vocabulary());
        for (int r = 0; r < fresh.table().size() && r < 5_000; r++) {
            completions.add(fresh.table().name(r));
        }
    }

    public ObservableList<String> recent() {
        return recent;
    }

    public ObjectProperty<Answer> answerProperty() {
        return answer;
    }
}
