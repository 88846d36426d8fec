package org.csm.onboarding.engine.read;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/// The outcome of reading a cell as a date: exactly one of a date (any time of day dropped),
/// "missing", or invalid with the text the user wrote.
public record ParsedDate(LocalDate value, boolean missing, String invalidText) {

    private static final ParsedDate MISSING = new ParsedDate(null, true, null);

    public ParsedDate {
        ParseOutcome.requireExactlyOne(value, missing, invalidText, "date");
    }

    public static ParsedDate of(LocalDate value) {
        return new ParsedDate(Objects.requireNonNull(value), false, null);
    }

    public static ParsedDate ofMissing() {
        return MISSING;
    }

    public static ParsedDate invalid(String text) {
        return new ParsedDate(null, false, Objects.requireNonNull(text));
    }

    public boolean isValid() {
        return value != null;
    }

    public boolean isInvalid() {
        return invalidText != null;
    }

    public Optional<LocalDate> asOptional() {
        return Optional.ofNullable(value);
    }
}
