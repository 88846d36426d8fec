package org.csm.onboarding.engine.mapping;

import org.csm.onboarding.model.Field;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/// The names each field goes by, read as [HeaderWords] terms: its key, its template header and
/// the phrases of `catalog/header-synonyms.properties`. [#score] says how well a header's terms
/// are explained by the best of them.
final class FieldNames {

    /// One name: its words, whether the header must say exactly this, whether it is only a hint,
    /// and whether it is the field's own name (key or template header), which an alias never beats.
    record Name(Set<String> words, boolean exact, boolean weak, boolean own) {
    }

    /// How well a header names a field: 1 when a name explains every word, less for each word
    /// left over; `weak` when only a hint matched.
    record NameScore(double score, boolean weak) {
    }

    /// An alias explains a header a little less surely than the field's own name.
    private static final double ALIAS = 0.9;

    private static final Map<Field, List<Name>> NAMES = load();

    private FieldNames() {
    }

    static NameScore score(HeaderWords.Terms header, Field field) {
        if (header.blocked() || header.isEmpty()) {
            return null;
        }
        Set<String> all = header.all();
        NameScore best = null;
        for (Name name : NAMES.getOrDefault(field, List.of())) {
            if (name.words().isEmpty() || !all.containsAll(name.words())) {
                continue;
            }
            Set<String> extra = new HashSet<>(header.words());
            extra.removeAll(name.words());
            if (name.exact() && !extra.isEmpty()) {
                continue;
            }
            double size = name.words().size() + 0.5;
            double score = size / (size + extra.size()) * (name.weak() ? 0.6 : name.own() ? 1 : ALIAS);
            if (best == null || score > best.score()) {
                best = new NameScore(score, name.weak());
            }
        }
        return best;
    }

    private static Map<Field, List<Name>> load() {
        var props = new Properties();
        try (InputStream in = FieldNames.class.getResourceAsStream("/catalog/header-synonyms.properties")) {
            if (in == null) {
                throw new IllegalStateException("catalog/header-synonyms.properties is missing from the application");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var map = new EnumMap<Field, List<Name>>(Field.class);
        for (Field field : Field.values()) {
            List<Name> names = new ArrayList<>();
            names.add(name(field.key(), false, false, true));
            names.add(name(field.templateHeader(), false, false, true));
            for (String phrase : props.getProperty(field.key(), "").split(",")) {
                String p = phrase.strip();
                if (!p.isEmpty()) {
                    names.add(name(p.replaceFirst("^[=~]", ""), p.startsWith("="), p.startsWith("~"), false));
                }
            }
            map.put(field, List.copyOf(names));
        }
        for (String key : props.stringPropertyNames()) {
            if (Field.byKey(key).isEmpty()) {
                throw new IllegalStateException("Unknown field in synonyms: " + key);
            }
        }
        return map;
    }

    private static Name name(String phrase, boolean exact, boolean weak, boolean own) {
        return new Name(HeaderWords.read(phrase).all(), exact, weak, own);
    }
}
