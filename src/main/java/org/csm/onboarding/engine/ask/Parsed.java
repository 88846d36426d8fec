package org.csm.onboarding.engine.ask;

import java.util.List;

/// The outcome of reading a question: a query to run, or why it could not be read (the words
/// not understood, or the accounts a name could mean) so the answer can say so plainly.
record Parsed(Query query, String problem, List<String> unknownWords, List<Integer> candidateAccounts) {

    static Parsed of(Query query) {
        return new Parsed(query, null, List.of(), List.of());
    }

    static Parsed notUnderstood(String problem, List<String> unknownWords) {
        return new Parsed(null, problem, List.copyOf(unknownWords), List.of());
    }

    static Parsed ambiguous(String problem, List<Integer> accounts) {
        return new Parsed(null, problem, List.of(), List.copyOf(accounts));
    }

    boolean understood() {
        return query != null;
    }
}
