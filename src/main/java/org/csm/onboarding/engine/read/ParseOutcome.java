package org.csm.onboarding.engine.read;

/// Shared invariant of the parse results: a value, "missing" and "invalid" exclude each other.
final class ParseOutcome {

    private ParseOutcome() {
    }

    static void requireExactlyOne(Object value, boolean missing, String invalidText, String what) {
        int states = (value != null ? 1 : 0) + (missing ? 1 : 0) + (invalidText != null ? 1 : 0);
        if (states != 1) {
            throw new IllegalArgumentException("A parsed " + what + " is exactly one of value, missing or invalid");
        }
    }
}
