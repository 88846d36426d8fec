package org.csm.onboarding.engine.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/// The closest questions that can be answered, for an answer that could not be: questions built
/// from the columns and accounts the question seems to be about, ranked by shared words, and
/// kept only when the engine really understands them.
final class Suggester {

    private static final int MAX = 5;

    private final AskTable table;

    Suggester(AskTable table) {
        this.table = table;
    }

    List<String> suggest(String question, List<Integer> accounts, Predicate<String> understood) {
        Set<String> candidates = new LinkedHashSet<>();
        for (int row : accounts) {
            candidates.add("why is " + table.name(row) + " at risk");
            candidates.add("what should we do about " + table.name(row));
        }
        if (!accounts.isEmpty()) {
            return candidates.stream().limit(MAX * 2L).toList();
        }
        Set<String> asked = stems(question);
        for (Column c : table.columns()) {
            String label = c.label().toLowerCase(java.util.Locale.ROOT);
            if (c instanceof Column.Numbers n) {
                candidates.add("top 10 accounts by " + label);
                if (!Double.isNaN(n.healthy())) {
                    String cmp = n.better() < 0 ? "above " : "below ";
                    candidates.add("accounts with " + label + " " + cmp + plain(n.healthy()) + (n.unit() == Unit.PERCENT ? "%" : ""));
                }
                candidates.add("average " + label + " by segment");
            } else if (!c.key().equals(AskTable.STATUS)) {
                candidates.add("how many accounts by " + label);
            } else {
                candidates.add("how many accounts by status");
            }
        }
        candidates.add("which accounts are at risk or critical");
        candidates.add("accounts that changed status since the last import");
        candidates.add("accounts whose score disagrees most with the file's health score");
        int riskiest = riskiest();
        if (riskiest >= 0) {
            candidates.add("why is " + table.name(riskiest) + " at risk");
            candidates.add("what should we do about " + table.name(riskiest));
        }
        List<String> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((String s) -> -similarity(asked, stems(s))));
        List<String> out = new ArrayList<>();
        for (String s : ranked) {
            if (out.size() == MAX) {
                break;
            }
            if (understood.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private int riskiest() {
        int best = -1;
        for (int r = 0; r < table.size(); r++) {
            if (best < 0 || AskTable.riskRank(table.status(r)) < AskTable.riskRank(table.status(best))) {
                best = r;
            }
        }
        return best;
    }

    /// Shared words, with a typo within the allowance counting as shared.
    private static double similarity(Set<String> asked, Set<String> candidate) {
        double shared = 0;
        for (String a : asked) {
            for (String c : candidate) {
                if (a.equals(c) || (a.length() >= 4 && c.length() >= 4 && Lexicon.distance(a, c) >= 0
                        && Lexicon.distance(a, c) <= (a.length() <= 5 ? 1 : 2))) {
                    shared++;
                    break;
                }
            }
        }
        return shared / (1 + candidate.size() * 0.1);
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (Token t : Tokenizer.tokenize(text)) {
            if (t.stem().length() > 2 && !t.isNumber()) {
                out.add(t.stem());
            }
        }
        out.removeAll(Set.of("the", "what", "which", "accounts", "account", "with", "are", "how", "many", "top"));
        return out;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
