package org.csm.onboarding.engine.read;

import java.util.Objects;
import java.util.OptionalDouble;

/// The outcome of reading a cell as a number: exactly one of a value, "missing" (blank or a
/// marker such as N/A), or invalid, keeping the text so an issue can quote what the user wrote.
public record ParsedNumber(Double value, boolean missing, String invalidText) {

    private static final ParsedNumber MISSING = new ParsedNumber(null, true, null);

    public ParsedNumber {
        ParseOutcome.requireExactlyOne(value, missing, invalidText, "number");
    }

    public static ParsedNumber of(double value) {
        return new ParsedNumber(value, false, null);
    }

    public static ParsedNumber ofMissing() {
        return MISSING;
    }

    public static ParsedNumber invalid(String text) {
        return new ParsedNumber(null, false, Objects.requireNonNull(text));
    }

    public boolean isValid() {
        return value != null;
    }

    public boolean isInvalid() {
        return invalidText != null;
    }

    public OptionalDouble asOptional() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
