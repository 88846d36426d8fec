package org.csm.onboarding.engine.mapping;

import org.csm.onboarding.model.Field;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/// The other names each field goes by, loaded from `catalog/header-synonyms.properties` so the
/// list can grow without code changes.
final class FieldSynonyms {

    private static final Map<Field, Set<String>> SYNONYMS = load();

    private FieldSynonyms() {
    }

    static Set<String> of(Field field) {
        return SYNONYMS.getOrDefault(field, Set.of());
    }

    private static Map<Field, Set<String>> load() {
        var props = new Properties();
        try (InputStream in = FieldSynonyms.class.getResourceAsStream("/catalog/header-synonyms.properties")) {
            if (in == null) {
                throw new IllegalStateException("catalog/header-synonyms.properties is missing from the application");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var map = new EnumMap<Field, Set<String>>(Field.class);
        for (String key : props.stringPropertyNames()) {
            Field field = Field.byKey(key).orElseThrow(() -> new IllegalStateException("Unknown field in synonyms: " + key));
            map.put(field, Arrays.stream(props.getProperty(key).split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()));
        }
        return map;
    }
}
