package org.csm.onboarding.engine.ask;

import java.util.List;

import org.csm.onboarding.engine.playbook.Recommendation;

/// An answer and how it was reached: `understood` is the query in words, `rows` the accounts it
/// used (in answer order), `columns` the columns those rows are shown with. `value` holds a
/// count or an aggregate, `groups` its per-group values, `lines` an explanation in sentences,
/// `playbooks` the recommendations, `suggestions` questions that can be answered when this one
/// was not understood (then `problem` says why).
public record Answer(String question, AnswerKind kind, String understood, int[] rows, List<Column> columns,
                     Double value, List<Group> groups, List<String> lines, List<Recommendation> playbooks,
                     List<String> suggestions, String problem) {

    public Answer {
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
        lines = List.copyOf(lines);
        playbooks = List.copyOf(playbooks);
        suggestions = List.copyOf(suggestions);
    }

    /// One group of a grouped count or aggregate; `value` is NaN when no account of the group has the measure.
    public record Group(String key, double value, int accounts) {
    }

    public static Answer notUnderstood(String question, String problem, List<String> suggestions) {
        return new Answer(question, AnswerKind.NOT_UNDERSTOOD, "", new int[0], List.of(), null, List.of(), List.of(),
                List.of(), suggestions, problem);
    }
}
