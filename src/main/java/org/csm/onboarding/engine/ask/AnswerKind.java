package org.csm.onboarding.engine.ask;

/// What sort of answer a question got; the JSON contract uses the lower-case codes.
public enum AnswerKind {
    ROWS, COUNT, AGGREGATE, EXPLANATION, PLAYBOOKS, NOT_UNDERSTOOD;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
