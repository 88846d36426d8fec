package org.csm.onboarding.engine.validate;

import java.util.Map;

/// Which row to keep when a customer id repeats: one policy for every id, and the CSM's choice
/// for particular ids (keyed as [DuplicateIdCheck#key] compares them) where it differs.
public record DuplicateChoices(DuplicatePolicy fallback, Map<String, DuplicatePolicy> byId) {

    public static final DuplicateChoices ERROR = new DuplicateChoices(DuplicatePolicy.ERROR, Map.of());

    public DuplicateChoices {
        byId = byId == null ? Map.of() : Map.copyOf(byId);
    }

    public DuplicatePolicy policyFor(String key) {
        return byId.getOrDefault(key, fallback);
    }

    /// LAST and NEITHER must know every row of an id before deciding on the first one.
    public boolean needsAllRows() {
        return fallback.needsAllRows() || byId.values().stream().anyMatch(DuplicatePolicy::needsAllRows);
    }
}
