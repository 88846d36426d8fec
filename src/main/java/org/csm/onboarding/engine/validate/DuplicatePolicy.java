package org.csm.onboarding.engine.validate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/// What to do when two rows carry the same customer id. The default is to stop and ask: two
/// different companies under one id is a data problem a CSM must see, not something to guess.
public enum DuplicatePolicy {
    /// Both rows are reported and the later one is in error (the import needs a decision).
    ERROR,
    /// Keep the first row with the id; later ones are skipped with a warning.
    FIRST,
    /// Keep the last row with the id (the newest in most exports); earlier ones are skipped.
    LAST,
    /// Keep none of the rows sharing an id.
    NEITHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DuplicatePolicy> parse(String text) {
        return Arrays.stream(values()).filter(p -> p.code().equalsIgnoreCase(text.strip())).findFirst();
    }

    /// LAST and NEITHER must know every row of an id before deciding on the first one.
    public boolean needsAllRows() {
        return this == LAST || this == NEITHER;
    }
}
