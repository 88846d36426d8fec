package org.csm.onboarding.engine.ask;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.csm.onboarding.model.HealthStatus;

/// Every phrase the engine understands for one table: the fixed vocabulary (vocabulary.txt),
/// each column's label, key and aliases, and the values of its text columns. Tags a question's
/// tokens by longest match, forgiving typos by edit distance.
final class Lexicon {

    private record Entry(List<String> words, Tag tag) {
    }

    private static final List<String[]> VOCABULARY = load();
    private static final int MAX_VALUES_PER_COLUMN = 2_000;
    private static final DamerauLevenshteinDistance ONE = new DamerauLevenshteinDistance(1);
    private static final DamerauLevenshteinDistance TWO = new DamerauLevenshteinDistance(2);

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Set<String> words = new HashSet<>();
    private final Map<String, Column> fieldPhrases = new LinkedHashMap<>();

    Lexicon(AskTable table) {
        Set<String> fixedWords = new HashSet<>();
        for (String[] line : VOCABULARY) {
            Tag tag = tagOf(line[0], line[1], table);
            if (tag != null) {
                add(line[2], tag);
            }
            if (!line[0].equals("FIELD")) {
                fixedWords.addAll(split(line[2]));
            }
        }
        for (Column c : table.columns()) {
            add(c.label(), new Tag.Field(c));
            add(c.key().replace('_', ' '), new Tag.Field(c));
            c.aliases().forEach(a -> add(a, new Tag.Field(c)));
            if (c instanceof Column.Texts texts && !c.key().equals(AskTable.STATUS)) {
                addValues(texts, fixedWords);
            }
        }
    }

    /// Column phrases (labels and aliases), for completion and suggestions.
    Map<String, Column> fieldPhrases() {
        return fieldPhrases;
    }

    private void addValues(Column.Texts column, Set<String> fixedWords) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String v : column.values()) {
            if (v != null && !v.isBlank() && distinct.size() < MAX_VALUES_PER_COLUMN) {
                distinct.add(v.trim());
            }
        }
        Map<String, Set<String>> byWord = new HashMap<>();
        for (String value : distinct) {
            List<String> valueWords = split(value);
            if (!(valueWords.size() == 1 && fixedWords.contains(valueWords.getFirst()))) {
                add(value, new Tag.Value(column, Set.of(value), true));
            }
            for (String w : valueWords) {
                if (valueWords.size() > 1 && w.length() >= 3 && !fixedWords.contains(w)) {
                    byWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(value);
                }
            }
        }
        byWord.forEach((w, values) -> add(w, new Tag.Value(column, values, false)));
    }

    private void add(String phrase, Tag tag) {
        List<String> ws = split(phrase);
        if (ws.isEmpty()) {
            return;
        }
        byFirstWord.computeIfAbsent(ws.getFirst(), k -> new ArrayList<>()).add(new Entry(ws, tag));
        words.addAll(ws);
        if (tag instanceof Tag.Field f) {
            fieldPhrases.putIfAbsent(phrase.toLowerCase(Locale.ROOT), f.column());
        }
    }

    /// A phrase as the stems the tokenizer would produce for it.
    static List<String> split(String phrase) {
        return Tokenizer.tokenize(phrase).stream().map(Token::stem).toList();
    }

    /// Tags the tokens left to right, longest phrase first; exact words beat fuzzy ones.
    List<Item> tag(List<Token> tokens) {
        List<Map<String, Boolean>> matches = new ArrayList<>();
        for (Token t : tokens) {
            matches.add(t.isNumber() ? Map.of() : candidates(t.stem()));
        }
        List<Item> items = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.isNumber()) {
                items.add(new Item(i, i + 1, List.of(), t, false, t.text()));
                i++;
                continue;
            }
            int bestLen = 0;
            int bestFuzzy = Integer.MAX_VALUE;
            List<Tag> bestTags = new ArrayList<>();
            for (String first : matches.get(i).keySet()) {
                for (Entry e : byFirstWord.getOrDefault(first, List.of())) {
                    int fuzzy = matchAt(e.words(), tokens, matches, i);
                    if (fuzzy < 0) {
                        continue;
                    }
                    int len = e.words().size();
                    if (len > bestLen || (len == bestLen && fuzzy < bestFuzzy)) {
                        bestLen = len;
                        bestFuzzy = fuzzy;
                        bestTags = new ArrayList<>();
                    }
                    if (len == bestLen && fuzzy == bestFuzzy && !bestTags.contains(e.tag())) {
                        bestTags.add(e.tag());
                    }
                }
            }
            if (bestLen == 0) {
                items.add(new Item(i, i + 1, List.of(), null, false, t.text()));
                i++;
            } else {
                String text = String.join(" ", tokens.subList(i, i + bestLen).stream().map(Token::text).toList());
                items.add(new Item(i, i + bestLen, List.copyOf(bestTags), null, bestFuzzy > 0, text));
                i += bestLen;
            }
        }
        return items;
    }

    /// Number of fuzzy words if `phrase` matches the tokens from `at`, -1 if it does not.
    private static int matchAt(List<String> phrase, List<Token> tokens, List<Map<String, Boolean>> matches, int at) {
        if (at + phrase.size() > tokens.size()) {
            return -1;
        }
        int fuzzy = 0;
        for (int k = 0; k < phrase.size(); k++) {
            Boolean exact = matches.get(at + k).get(phrase.get(k));
            if (exact == null) {
                return -1;
            }
            fuzzy += exact ? 0 : 1;
        }
        return fuzzy;
    }

    /// The vocabulary words a typed word may be: itself when known, otherwise the closest words
    /// within the typo allowance (none for 3 letters or fewer, 1 up to 7, 2 from 8 letters: two
    /// edits make "meaning" into "leading", a guess, not a typo).
    /// The value says whether the match is exact.
    private Map<String, Boolean> candidates(String stem) {
        if (words.contains(stem)) {
            return Map.of(stem, true);
        }
        int allowance = stem.length() <= 3 ? 0 : stem.length() <= 7 ? 1 : 2;
        if (allowance == 0 || !stem.chars().allMatch(Character::isLetter)) {
            return Map.of();
        }
        Map<String, Boolean> found = new HashMap<>();
        int best = allowance + 1;
        for (String w : words) {
            if (Math.abs(w.length() - stem.length()) > allowance || (allowance == 1 && w.charAt(0) != stem.charAt(0))) {
                continue;
            }
            int d = (allowance == 1 ? ONE : TWO).apply(stem, w);
            if (d >= 0 && d < best) {
                best = d;
                found.clear();
            }
            if (d >= 0 && d == best) {
                found.put(w, false);
            }
        }
        // Equally near words: the one sharing the longest start wins ("acounts" is "accounts", not "count").
        int longest = found.keySet().stream().mapToInt(w -> commonPrefix(w, stem)).max().orElse(0);
        found.keySet().removeIf(w -> commonPrefix(w, stem) < longest);
        return found;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /// Edit distance within the typo allowance of the longer word, or -1.
    static int distance(String a, String b) {
        return TWO.apply(a, b);
    }

    private static Tag tagOf(String kind, String arg, AskTable table) {
        return switch (kind) {
            case "WORD" -> new Tag.Word(arg);
            case "OP" -> new Tag.Op(Filter.Op.valueOf(arg));
            case "POST" -> new Tag.Post(Filter.Op.valueOf(arg));
            case "AGG" -> new Tag.Agg(Query.Aggregate.valueOf(arg));
            case "FILLER" -> new Tag.Filler();
            case "STATUS" -> new Tag.Status(statuses(arg));
            case "FIELD" -> table.column(arg).<Tag>map(Tag.Field::new).orElse(null);
            default -> throw new IllegalStateException("Unknown vocabulary kind " + kind);
        };
    }

    private static Set<HealthStatus> statuses(String arg) {
        var set = EnumSet.noneOf(HealthStatus.class);
        Arrays.stream(arg.split("\\+")).map(HealthStatus::valueOf).forEach(set::add);
        return set;
    }

    /// Lines of vocabulary.txt as {kind, arg, phrase}, one per phrase.
    private static List<String[]> load() {
        var out = new ArrayList<String[]>();
        try (var in = Lexicon.class.getResourceAsStream("vocabulary.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf(" = ");
                String[] head = line.substring(0, eq).trim().split(":", 2);
                for (String phrase : line.substring(eq + 3).split("\\|")) {
                    out.add(new String[] {head[0], head.length > 1 ? head[1] : "", phrase.trim()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
