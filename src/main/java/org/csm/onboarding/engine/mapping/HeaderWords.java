package org.csm.onboarding.engine.mapping;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Reads a header the way a person does: "Ø Ausführungszeit (s)", "exec_avg_s" and "Average
/// Execution Time [sec]" all become the words {average, execution, time} with the unit sec.
/// The vocabulary lives in `catalog/header-words.properties`: canonical words with their
/// spellings, short forms and German equivalents; German compounds are split into known parts;
/// a misspelt word one or two letters away from a known one is read as that word.
public final class HeaderWords {

    /// What a header says. `words` must be explained by a field's name, `optional` (words in
    /// brackets, such as "(30d)") may help a match but never count against it, `units` are checked
    /// against the field, and a `blocked` header is about something else (an e-mail, a note).
    public record Terms(Set<String> words, Set<String> optional, Set<String> units, boolean blocked) {

        Set<String> all() {
            Set<String> all = new HashSet<>(words);
            all.addAll(optional);
            return all;
        }

        boolean isEmpty() {
            return words.isEmpty() && optional.isEmpty();
        }
    }

    private static final Pattern BRACKETS = Pattern.compile("[(\\[{]([^)\\]}]*)[)\\]}]");
    private static final Pattern SCALE = Pattern.compile("\\b[01]\\s*(-|to|bis)\\s*(10{1,2})\\b");
    private static final LevenshteinDistance CLOSE = new LevenshteinDistance(2);
    static final int MAX_HEADER_CHARS = 200;

    private static final Vocabulary VOCABULARY = Vocabulary.load();

    private HeaderWords() {
    }

    /// The terms of one header (or of one synonym phrase from the catalogue).
    public static Terms read(String header) {
        // No header is longer than this; a longer cell (a pasted note, a hostile file) is read by
        // its start only, so the regexes and compound splitting stay linear in a bounded input.
        String bounded = header == null ? "" : header.length() > MAX_HEADER_CHARS ? header.substring(0, MAX_HEADER_CHARS) : header;
        String s = prepare(bounded);
        Set<String> words = new LinkedHashSet<>();
        Set<String> optional = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        boolean[] blocked = {false};
        Matcher brackets = BRACKETS.matcher(s);
        StringBuilder outside = new StringBuilder();
        while (brackets.find()) {
            collect(brackets.group(1), optional, units, blocked);
            brackets.appendReplacement(outside, " ");
        }
        brackets.appendTail(outside);
        collect(outside.toString(), words, units, blocked);
        optional.removeAll(words);
        return new Terms(words, optional, units, blocked[0]);
    }

    /// Lower case, no accents, camelCase and letter-digit runs split, symbols turned into words.
    private static String prepare(String header) {
        String s = header.replace("ß", "ss").replace("Ø", " average ").replace("ø", " average ")
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replaceAll("([a-z])([A-Z])", "$1 $2");
        s = s.toLowerCase(Locale.ROOT);
        s = SCALE.matcher(s).replaceAll(m -> " scale" + m.group(2) + " ");
        // "latency95", "calls30d": a word of three letters or more followed by digits is two words.
        s = s.replaceAll("([a-z]{3,})(\\d)", "$1 $2");
        s = s.replace("%", " pct ").replace("$", " usd ").replace("€", " eur ").replace("£", " gbp ")
                .replace("#", " number ").replace("&", " and ").replace("/", " per ");
        s = s.replaceAll("[^a-z0-9()\\[\\]{}]+", " ").replaceAll("([(\\[{])", " $1 ").replaceAll("([)\\]}])", " $1 ");
        return " " + VOCABULARY.rewritePhrases(s.replaceAll("\\s+", " ").strip()) + " ";
    }

    private static void collect(String text, Set<String> into, Set<String> units, boolean[] blocked) {
        for (String token : text.strip().split(" ")) {
            if (token.isEmpty() || VOCABULARY.stop.contains(token)) {
                continue;
            }
            if (VOCABULARY.block.contains(token) || VOCABULARY.block.contains(singular(token))) {
                blocked[0] = true;
                continue;
            }
            String unit = VOCABULARY.units.get(token);
            if (unit != null) {
                units.add(unit);
                continue;
            }
            into.addAll(canonical(token));
        }
    }

    /// The canonical words for one token: itself, its singular, its compound parts, or the
    /// nearest known word; an unknown token stays as it is (and counts against a match).
    static List<String> canonical(String token) {
        List<String> known = VOCABULARY.words.get(token);
        if (known != null) {
            return known;
        }
        String singular = singular(token);
        known = VOCABULARY.words.get(singular);
        if (known != null) {
            return known;
        }
        List<String> parts = decompound(token, 0);
        if (parts != null) {
            return parts;
        }
        return nearest(token).orElse(List.of(singular));
    }

    private static String singular(String token) {
        if (token.length() > 4 && token.endsWith("ies")) {
            return token.substring(0, token.length() - 3) + "y";
        }
        if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }

    /// "jahresvertragswert" is jahres + vertrags + wert. Parts of three letters or more; a
    /// linking s or n between parts is allowed, as German writes it.
    private static List<String> decompound(String token, int depth) {
        if (depth > 3 || token.length() < 6) {
            return null;
        }
        for (int cut = token.length() - 3; cut >= 3; cut--) {
            String head = token.substring(0, cut);
            String tail = token.substring(cut);
            List<String> headWords = VOCABULARY.words.get(head);
            if (headWords == null && (head.endsWith("s") || head.endsWith("n"))) {
                headWords = VOCABULARY.words.get(head.substring(0, head.length() - 1));
            }
            if (headWords == null) {
                continue;
            }
            List<String> tailWords = VOCABULARY.words.get(tail);
            if (tailWords == null) {
                tailWords = VOCABULARY.words.get(singular(tail));
            }
            if (tailWords == null) {
                tailWords = decompound(tail, depth + 1);
            }
            if (tailWords != null) {
                List<String> all = new ArrayList<>(headWords);
                all.addAll(tailWords);
                return all;
            }
        }
        return null;
    }

    /// A misspelling ("invocatons", "latancy"): the one known spelling within one edit (two for
    /// long words). Short tokens are left alone: "acv" is not a typo of "arr".
    private static java.util.Optional<List<String>> nearest(String token) {
        if (token.length() < 5) {
            return java.util.Optional.empty();
        }
        int allowed = token.length() >= 9 ? 2 : 1;
        List<String> best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (var e : VOCABULARY.words.entrySet()) {
            if (e.getKey().length() < 5) {
                continue;
            }
            int d = CLOSE.apply(token, e.getKey());
            if (d < 0 || d > allowed) {
                continue;
            }
            if (d < bestDistance) {
                best = e.getValue();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !e.getValue().equals(best)) {
                tie = true;
            }
        }
        return tie || best == null ? java.util.Optional.empty() : java.util.Optional.of(best);
    }

    /// The parsed vocabulary file.
    private record Vocabulary(Map<String, List<String>> words, Set<String> stop, Set<String> block,
                              Map<String, String> units, Map<String, String> phrases) {

        String rewritePhrases(String s) {
            String out = " " + s + " ";
            for (var e : phrases.entrySet()) {
                out = out.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
            }
            return out.strip();
        }

        static Vocabulary load() {
            var props = new Properties();
            try (InputStream in = HeaderWords.class.getResourceAsStream("/catalog/header-words.properties")) {
                if (in == null) {
                    throw new IllegalStateException("catalog/header-words.properties is missing from the application");
                }
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, List<String>> words = new HashMap<>();
            Set<String> stop = new HashSet<>();
            Set<String> block = new HashSet<>();
            Map<String, String> units = new HashMap<>();
            // Longest phrases first, so "last 30 days" is rewritten before "30 days".
            Map<String, String> phrases = new java.util.TreeMap<>(
                    java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
            for (String key : props.stringPropertyNames()) {
                List<String> variants = List.of(props.getProperty(key).split("\\s*,\\s*"));
                if (key.equals("_stop")) {
                    stop.addAll(variants);
                } else if (key.equals("_block")) {
                    block.addAll(variants);
                } else if (key.startsWith("_unit.")) {
                    variants.forEach(v -> units.put(v, key.substring("_unit.".length())));
                } else if (key.startsWith("_means.")) {
                    words.put(key.substring("_means.".length()), List.of(props.getProperty(key).strip().split("\\s+")));
                } else if (key.startsWith("_phrase.")) {
                    variants.forEach(v -> phrases.put(v, key.substring("_phrase.".length())));
                } else {
                    words.put(key, List.of(key));
                    variants.forEach(v -> words.merge(v, List.of(key), (a, b) -> a));
                }
            }
            return new Vocabulary(Map.copyOf(words), Set.copyOf(stop), Set.copyOf(block), Map.copyOf(units), phrases);
        }
    }
}
