package org.csm.onboarding.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/// Which file header feeds which field. Headers are kept exactly as written in the file so
/// issues can name them; a field appears at most once.
public record ColumnMapping(Map<Field, String> headerByField) {

    public ColumnMapping {
        headerByField = Collections.unmodifiableMap(new LinkedHashMap<>(headerByField));
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    public Optional<String> header(Field field) {
        return Optional.ofNullable(headerByField.get(field));
    }

    public boolean has(Field field) {
        return headerByField.containsKey(field);
    }
}
