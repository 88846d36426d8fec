package org.csm.onboarding.engine.mapping;

import org.csm.onboarding.model.Field;

/// What the matcher proposes for one file column: the field (null when none fits), how sure it
/// is (0-1) and why, in words shown beside the mapping.
public record ColumnSuggestion(int column, String header, Field field, double confidence, String reason) {

    public boolean mapped() {
        return field != null;
    }
}
