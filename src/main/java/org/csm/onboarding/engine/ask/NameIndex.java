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
    private final Map<String, Integer> rowByIdNumber = new HashMap<>();

    NameIndex(AskTable table) {
        this.table = table;
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int r = 0; r < table.size(); r++) {
            for (String w : Lexicon.split(table.name(r) == null ? "" : table.name(r))) {
                List<Integer> rows = lists.computeIfAbsent(w, k -> new ArrayList<>(1));
                if (rows.isEmpty() || rows.getLast() != r) {
                    rows.add(r);
                }
            }
            String digits = table.id(r).replaceAll("\\D", "");
            if (!digits.isEmpty()) {
                rowByIdNumber.merge(digits, r, (a, b) -> -1);
            }
        }
        lists.forEach((w, rows) -> rowsByWord.put(w, rows.stream().mapToInt(Integer::intValue).toArray()));
    }

    /// The id the token spells (whole id, any case, or its number when that is unique).
    Optional<Integer> byId(Token token) {
        Optional<Integer> whole = table.rowOf(token.text());
        if (whole.isPresent()) {
            return whole;
        }
        if (token.isNumber() && token.number() == Math.rint(token.number()) && token.number() >= 0) {
            Integer r = rowByIdNumber.get(Long.toString(token.number().longValue()));
            return r == null || r < 0 ? Optional.empty() : Optional.of(r);
        }
        return Optional.empty();
    }

    /// The longest run of tokens in [from, to) that all appear in one or more account names.
    Optional<Match> longestName(List<Token> tokens, int from, int to) {
        Match best = null;
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
                int len = e - s + 1;
                if (best == null || len > best.end() - best.start()) {
                    best = match(rows, tokens, s, e + 1);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Match match(BitSet rows, List<Token> tokens, int s, int e) {
        List<Integer> list = rows.stream().boxed().toList();
        String asked = String.join(" ", tokens.subList(s, e).stream().map(Token::stem).toList());
        List<Integer> exact = list.stream()
                .filter(r -> String.join(" ", Lexicon.split(table.name(r))).equals(asked)).toList();
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
        rowsByWord.forEach((w, rows) -> {
            if (Math.abs(w.length() - stem.length()) <= 2 && w.charAt(0) == stem.charAt(0)) {
                int d = Lexicon.distance(stem, w);
                if (d >= 0 && d <= (stem.length() <= 6 ? 1 : 2)) {
                    for (int r : rows) {
                        set.set(r);
                    }
                }
            }
        });
        return set.isEmpty() ? null : set;
    }
}
