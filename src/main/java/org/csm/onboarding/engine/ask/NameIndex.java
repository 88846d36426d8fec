package org.csm.onboarding.engine.ask;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Finds accounts by id or by part of their name, forgiving typos: "elastic", "Elastic AI",
/// "srvl-3007", "3007". Built once per table; a lookup touches only the words asked about.
final class NameIndex {

    /// The accounts a span of the question names, and how many of its tokens it used.
    record Match(List<Integer> rows, int start, int end, boolean exactName) {
    }

    private final AskTable table;
    private final Map<String, int[]> rowsByWord = new HashMap<>();
    private final RowIndex rowByIdNumber;
    private final Map<String, List<String>> wordsByShape = new HashMap<>();

    NameIndex(AskTable table) {
        this.table = table;
        // Row lists as growable int arrays ([0] = count): a list of boxed rows per word cost more
        // than the words themselves at 100,000 accounts.
        Map<String, int[]> lists = new HashMap<>();
        for (int r = 0; r < table.size(); r++) {
            String name = table.name(r);
            for (String w : Tokenizer.words(name == null ? "" : name)) {
                int[] rows = lists.get(w);
                if (rows == null) {
                    lists.put(w, new int[] {1, r});
                } else if (rows[rows[0]] != r) {
                    if (rows[0] + 1 == rows.length) {
                        rows = java.util.Arrays.copyOf(rows, rows.length * 2);
                        lists.put(w, rows);
                    }
                    rows[++rows[0]] = r;
                }
            }
        }
        rowByIdNumber = new RowIndex(table.size(), r -> digits(table.id(r)), true);
        lists.forEach((w, rows) -> {
            rowsByWord.put(w, java.util.Arrays.copyOfRange(rows, 1, rows[0] + 1));
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                wordsByShape.computeIfAbsent(shape(w.charAt(0), w.length()), k -> new ArrayList<>()).add(w);
            }
        });
    }

    /// The id's ASCII digits in order ("SRVL-3007" -> "3007").
    private static String digits(String id) {
        if (id == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /// Name words bucketed by first letter and length, so a typo is compared with few words.
    private static String shape(char first, int length) {
        return first + ":" + length;
    }

    /// The id the token spells (whole id, any case, or its number when that is unique).
    Optional<Integer> byId(Token token) {
        Optional<Integer> whole = table.rowOf(token.text());
        if (whole.isPresent()) {
            return whole;
        }
        if (token.isNumber() && token.number() == Math.rint(token.number()) && token.number() >= 0) {
            int r = rowByIdNumber.find(Long.toString(token.number().longValue()));
            return r < 0 ? Optional.empty() : Optional.of(r);
        }
        return Optional.empty();
    }

    /// Whether some account name has this word exactly (no typo allowance): a cheap first test.
    boolean hasWord(String stem) {
        return rowsByWord.containsKey(stem);
    }

    /// The longest run of tokens in [from, to) that all appear in one or more account names.
    Optional<Match> longestName(List<Token> tokens, int from, int to) {
        BitSet bestRows = null;
        int bestStart = -1;
        int bestEnd = -1;
        for (int s = from; s < to; s++) {
            BitSet rows = null;
            for (int e = s; e < to; e++) {
                BitSet word = rowsFor(tokens.get(e).stem());
                if (word == null) {
                    break;
                }
                if (rows == null) {
                    rows = word;
                } else {
                    rows.and(word);
                }
                if (rows.isEmpty()) {
                    break;
                }
                if (bestRows == null || e + 1 - s > bestEnd - bestStart) {
                    bestRows = (BitSet) rows.clone();
                    bestStart = s;
                    bestEnd = e + 1;
                }
            }
        }
        return bestRows == null ? Optional.empty() : Optional.of(match(bestRows, tokens, bestStart, bestEnd));
    }

    private Match match(BitSet rows, List<Token> tokens, int s, int e) {
        List<Integer> list = rows.stream().boxed().toList();
        List<String> asked = tokens.subList(s, e).stream().map(Token::stem).toList();
        // A name spelled out in full beats names that merely contain the words.
        List<Integer> exact = list.size() > 1_000 ? List.of() : list.stream()
                .filter(r -> Tokenizer.words(table.name(r)).equals(asked)).toList();
        return exact.isEmpty() ? new Match(list, s, e, false) : new Match(exact, s, e, true);
    }

    private BitSet rowsFor(String stem) {
        int[] exact = rowsByWord.get(stem);
        BitSet set = new BitSet();
        if (exact != null) {
            for (int r : exact) {
                set.set(r);
            }
            return set;
        }
        if (stem.length() < 5) {
            return null;
        }
        // A typo in a name word: accept the nearest name words within the allowance.
        int allowance = stem.length() <= 6 ? 1 : 2;
        for (int len = stem.length() - allowance; len <= stem.length() + allowance; len++) {
            for (String w : wordsByShape.getOrDefault(shape(stem.charAt(0), len), List.of())) {
                int d = Lexicon.distance(stem, w);
                if (d >= 0 && d <= allowance) {
                    for (int r : rowsByWord.get(w)) {
                        set.set(r);
                    }
                }
            }
        }
        return set.isEmpty() ? null : set;
    }
}
