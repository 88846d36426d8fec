package org.csm.onboarding.service;

import java.util.Arrays;
import java.util.List;

import org.csm.onboarding.engine.ask.AnswerKind;
import org.csm.onboarding.engine.ask.AskEngine;

/// Times the Ask engine over a loaded workspace: a fixed mix of questions (filters, typos,
/// ranking, grouped aggregates, an explanation, playbooks, one not understood), each warmed up
/// once and then timed several times. Loading the table is not part of an answer's time.
public final class AskBenchmark {

    /// Questions that cover every kind of answer; names are looked up by the first account's.
    static final List<String> QUESTIONS = List.of(
            "accounts with error rate over 5%",
            "acounts with eror rate abve five percent and cold start between 30 and 50",
            "production accounts that are at risk or critical with high expansion potential",
            "top 10 accounts by monthly spend",
            "average monthly spend by segment",
            "how many accounts per csm",
            "total contract value of critical accounts",
            "accounts whose score disagrees most with the file's health score",
            "accounts that changed status since the last import",
            "what should we do about critical accounts",
            "what is the weather in paris");

    /// Per-answer times in milliseconds over every timed run.
    public record Result(int accounts, int answers, double medianMs, double p95Ms, double maxMs) {
    }

    private AskBenchmark() {
    }

    public static Result run(AskEngine engine, int repeats) {
        List<String> questions = new java.util.ArrayList<>(QUESTIONS);
        if (engine.table().size() > 0) {
            questions.add("why is " + engine.table().name(0) + " at risk");
            questions.add("what should we do about " + engine.table().id(0));
        }
        for (String q : questions) {
            if (engine.ask(q).kind() == null) {
                throw new IllegalStateException("no answer");
            }
        }
        double[] ms = new double[questions.size() * repeats];
        int i = 0;
        int understood = 0;
        for (int r = 0; r < repeats; r++) {
            for (String q : questions) {
                long start = System.nanoTime();
                AnswerKind kind = engine.ask(q).kind();
                ms[i++] = (System.nanoTime() - start) / 1e6;
                understood += kind == AnswerKind.NOT_UNDERSTOOD ? 0 : 1;
            }
        }
        Arrays.sort(ms);
        return new Result(engine.table().size(), understood, ms[ms.length / 2], ms[(int) Math.floor(ms.length * 0.95)],
                ms[ms.length - 1]);
    }
}
