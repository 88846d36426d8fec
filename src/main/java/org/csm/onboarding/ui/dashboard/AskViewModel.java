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
import org.csm.onboarding.ui.common.TaskRunner;
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
    /// Written on the FX thread; read by queued work too (a question after a warm-up uses its engine).
    private volatile AskEngine engine;
    /// Where a missing engine comes from (off the FX thread): the workspace read again, unless
    /// the dashboard hands over the table it has loaded.
    private TaskRunner.Work<AskEngine> source;
    private boolean warming;

    public AskViewModel(UiContext ctx, String workspace) {
        this.ctx = ctx;
        this.workspace = workspace;
        this.service = new AskService(ctx.store());
        this.source = progress -> service.engine(workspace).orElse(null);
    }

    /// Builds the engine with `source` rather than reading the workspace again.
    void buildWith(TaskRunner.Work<AskEngine> source) {
        this.source = source;
    }

    /// Forgets the engine: the next question reads the workspace again (after an import or rescore).
    public void invalidate() {
        engine = null;
        completions.clear();
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
        TaskRunner.Work<AskEngine> build = source;
        ctx.tasks().run(ctx.text("ask.running"), progress -> {
            AskEngine current = engine;
            AskEngine e = current != null ? current : build.call(progress);
            return e == null ? new Result(null, Answer.notUnderstood(q, ctx.text("ask.noWorkspace"), List.of()), List.of())
                    : new Result(e, e.ask(q), current == null ? completionsOf(e) : List.of());
        }, result -> {
            adopt(result.engine(), result.words());
            answer.set(result.answer());
            then.run();
        }, ctx::fail);
    }

    private record Result(AskEngine engine, Answer answer, List<String> words) {
    }

    /// The engine of the last answer, for the rows' ids and columns.
    public Optional<AskEngine> engine() {
        return Optional.ofNullable(engine);
    }

    /// Field names, values and account names the box completes (filled after the first answer).
    public List<String> completions() {
        return completions;
    }

    /// Builds the engine and its completions now (off the FX thread, once), so the box completes
    /// before the first question: the dashboard calls it when the box is first used.
    public void warmUp() {
        if (engine != null || warming) {
            return;
        }
        warming = true;
        TaskRunner.Work<AskEngine> build = source;
        ctx.tasks().run(ctx.text("ask.running"), progress -> {
            AskEngine e = build.call(progress);
            return e == null ? null : new Result(e, null, completionsOf(e));
        }, result -> {
            warming = false;
            if (result != null) {
                adopt(result.engine(), result.words());
            }
        }, error -> {
            warming = false;
            ctx.fail(error);
        });
    }

    /// Keeps a freshly built engine and `words`, its [#completionsOf].
    void adopt(AskEngine fresh, List<String> words) {
        if (fresh == null || engine != null) {
            return;
        }
        engine = fresh;
        completions.clear();
        completions.addAll(words);
    }

    /// The engine's words for completion, then the first 5,000 account names. Made off the FX
    /// thread: at a million accounts the vocabulary's values take a pass over every text column.
    static List<String> completionsOf(AskEngine engine) {
        List<String> words = new ArrayList<>(engine.vocabulary());
        for (int r = 0; r < engine.table().size() && r < 5_000; r++) {
            words.add(engine.table().name(r));
        }
        return words;
    }

    public ObservableList<String> recent() {
        return recent;
    }

    public ObjectProperty<Answer> answerProperty() {
        return answer;
    }
}
