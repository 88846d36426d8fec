package org.csm.onboarding.engine.ask;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csm.onboarding.model.HealthStatus;

/// Reads a tagged question into a [Query]. Deterministic: the same question on the same table
/// always gives the same query. Anything it cannot place is reported, never guessed around.
final class Interpreter {

    static final int MAX_PLAYBOOK_ACCOUNTS = 200;

    private final AskTable table;
    private final Lexicon lexicon;
    private final NameIndex names;

    Interpreter(AskTable table, Lexicon lexicon, NameIndex names) {
        this.table = table;
        this.lexicon = lexicon;
        this.names = names;
    }

    Parsed parse(String question) {
        List<Token> tokens = Tokenizer.tokenize(question);
        if (tokens.isEmpty()) {
            return Parsed.notUnderstood("The question is empty.", List.of());
        }
        List<Item> items = lexicon.tag(tokens);
        boolean why = items.stream().anyMatch(i -> i.is("WHY"));
        boolean action = items.stream().anyMatch(i -> i.is("ACTION"));
        if (why || action) {
            Optional<Parsed> about = aboutOneAccount(tokens, items, why ? AnswerKind.EXPLANATION : AnswerKind.PLAYBOOKS);
            if (about.isPresent()) {
                return about.get();
            }
            if (why) {
                return Parsed.notUnderstood("I can explain one account at a time: which account do you mean?", List.of());
            }
        }
        return new Reading(table, names, tokens, items, action).read();
    }

    /// "why is Elastic AI at risk", "what should we do about SRVL-3007": the account named by id,
    /// or by the longest run of words found together in account names.
    private Optional<Parsed> aboutOneAccount(List<Token> tokens, List<Item> items, AnswerKind kind) {
        for (Token t : tokens) {
            Optional<Integer> row = names.byId(t);
            if (row.isPresent() && (!t.isNumber() || t.number() >= 100)) {
                return Optional.of(Parsed.of(single(kind, row.get())));
            }
        }
        boolean[] usable = new boolean[tokens.size()];
        for (Item item : items) {
            boolean keyword = item.is("WHY") || item.is("ACTION") || item.tag(Tag.Status.class).isPresent()
                    || item.isFiller();
            for (int k = item.start(); k < item.end(); k++) {
                usable[k] = !keyword || item.unknown();
            }
        }
        Optional<NameIndex.Match> best = Optional.empty();
        int s = 0;
        while (s < tokens.size()) {
            if (!usable[s]) {
                s++;
                continue;
            }
            int e = s;
            while (e < tokens.size() && usable[e]) {
                e++;
            }
            Optional<NameIndex.Match> m = names.longestName(tokens, s, e).filter(x -> !NameReading.onlyGeneric(x, tokens));
            if (m.isPresent() && (best.isEmpty() || m.get().end() - m.get().start() > best.get().end() - best.get().start())) {
                best = m;
            }
            s = e;
        }
        if (best.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> rows = best.get().rows();
        if (rows.size() == 1) {
            return Optional.of(Parsed.of(single(kind, rows.getFirst())));
        }
        String asked = String.join(" ", tokens.subList(best.get().start(), best.get().end()).stream().map(Token::text).toList());
        return Optional.of(Parsed.ambiguous(rows.size() + " accounts match \u201c" + asked + "\u201d: which one do you mean?",
                rows.subList(0, Math.min(rows.size(), 5))));
    }

    private Query single(AnswerKind kind, int row) {
        return new Query(kind, List.of(new Filter.Account(row, table.name(row) + " (" + table.id(row) + ")")), null, null,
                null, null, null, row, List.of());
    }
}
