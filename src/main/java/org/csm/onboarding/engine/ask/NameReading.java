package org.csm.onboarding.engine.ask;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/// The account-name part of a reading. A full account name written out wins over the field
/// words inside it ("velocity labs" is the account Velocity Labs, not Invocation Velocity
/// Change plus a stray word), and unknown words left over may be part of a name ("error rate
/// of Elastic AI").
final class NameReading {

    private static final int MAX_NAME_WORDS = 6;

    private final Reading r;

    NameReading(Reading r) {
        this.r = r;
    }

    /// Before any field is read: spans that spell one account's full name and contain a word the
    /// vocabulary knows (a field, a value) become that account.
    void fullNamesOverFields() {
        for (int i = 0; i < r.items.size(); i++) {
            if (r.used[i] || r.items.get(i).isFiller()) {
                continue;
            }
            // Only runs of exact name words are looked up: this runs for every question, and a
            // typo search over 100,000 names at each position would cost more than the answer.
            int from = r.items.get(i).start();
            int to = from;
            while (to < r.tokens.size() && to < from + MAX_NAME_WORDS && r.names.hasWord(r.tokens.get(to).stem())) {
                to++;
            }
            if (to - from < 2) {
                continue;
            }
            Optional<NameIndex.Match> m = r.names.longestName(r.tokens, from, to);
            // Two words at least: a one-word name equal to a field ("Velocity") stays the field.
            if (m.isEmpty() || !m.get().exactName() || m.get().rows().size() != 1 || m.get().start() != r.items.get(i).start()
                    || m.get().end() - m.get().start() < 2) {
                continue;
            }
            int end = itemEndingAt(m.get().end());
            boolean knownWord = false;
            for (int k = i; k <= end && end >= 0; k++) {
                knownWord |= !r.items.get(k).unknown() && !r.items.get(k).isFiller();
            }
            if (end >= 0 && knownWord) {
                account(m.get().rows().getFirst());
                r.markUsed(i, end + 1);
                i = end;
            }
        }
    }

    /// The item whose tokens end exactly at token `end`, or -1.
    private int itemEndingAt(int end) {
        for (int k = 0; k < r.items.size(); k++) {
            if (r.items.get(k).end() == end) {
                return k;
            }
        }
        return -1;
    }

    /// Unknown words left over may be part of an account's name: "error rate of Elastic AI".
    void leftoverNames() {
        for (int i = 0; i < r.items.size(); i++) {
            Item it = r.items.get(i);
            if (r.used[i] || !(it.unknown() || it.isNumber() || it.tag(Tag.Value.class).isPresent())) {
                continue;
            }
            Optional<Integer> byId = it.isNumber() ? Optional.empty() : r.names.byId(r.tokens.get(it.start()));
            if (byId.isPresent()) {
                account(byId.get());
                r.used[i] = true;
                continue;
            }
            int e = i;
            while (e < r.items.size() && !r.used[e] && r.items.get(e).unknown()) {
                e++;
            }
            if (e == i) {
                continue;
            }
            Optional<NameIndex.Match> m = r.names.longestName(r.tokens, it.start(), r.items.get(e - 1).end());
            if (m.isPresent() && m.get().rows().size() <= 5 && m.get().start() == it.start()
                    && m.get().end() == r.items.get(e - 1).end() && !onlyGeneric(m.get(), r.tokens)) {
                List<Integer> rows = m.get().rows();
                if (rows.size() == 1) {
                    account(rows.getFirst());
                } else {
                    r.filters.add(new Filter.TextIn(nameColumn(r.table, rows), Set.copyOf(rows.stream().map(r.table::name).toList())));
                }
                r.markUsed(i, e);
            }
        }
    }

    /// Words many company names end with: on their own they name no account ("velocity labs"
    /// when no account is called that is not Quantum Leap Labs).
    private static final Set<String> GENERIC = Set.of("lab", "labs", "inc", "corp", "corporation", "group", "system", "partner",
            "company", "co", "ltd", "llc", "gmbh", "holding", "solution", "technology", "tech", "ai", "network", "media",
            "capital", "service", "studio", "international", "global", "the", "and", "of");

    /// True when a match that is not an account's full name rests on generic words only.
    static boolean onlyGeneric(NameIndex.Match m, List<Token> tokens) {
        return !m.exactName() && tokens.subList(m.start(), m.end()).stream().allMatch(t -> GENERIC.contains(t.stem()));
    }

    private void account(int row) {
        r.filters.add(new Filter.Account(row, r.table.name(row) + " (" + r.table.id(row) + ")"));
    }

    /// The names as a column, filled in for `rows` only: the filter keeps those rows and no
    /// other account has the same name (it would have matched too), and a million names decoded
    /// for a question would cost more than the answer.
    private static Column.Texts nameColumn(AskTable table, List<Integer> rows) {
        String[] n = new String[table.size()];
        for (int row : rows) {
            n[row] = table.name(row);
        }
        return new Column.Texts("account_name", "Account", List.of(), n);
    }
}
