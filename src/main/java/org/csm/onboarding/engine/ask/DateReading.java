package org.csm.onboarding.engine.ask;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csm.onboarding.model.table.AccountTable;

/// Dates in a question, next to a date field: "signed up in 2023", "customers since 2022",
/// "joined after March 2024", "signup date between 2022 and 2023". A year is the whole year, a
/// month and year the whole month; "after" starts past its end, "before" stops before its start.
/// A year with no date field next to it is left for the rest of the reading (and so is not
/// understood unless something else uses it): a bare number is no date.
public final class DateReading {

    static final String SIGNUP = "signup_date";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));
    private static final Set<String> AFTER = Set.of("after", "later than", "past", "over", "above", "beyond");
    private static final Set<String> BEFORE = Set.of("before", "earlier than", "prior to", "prior", "under", "below");
    private static final Set<String> SINCE = Set.of("since", "from", "starting", "starting in", "as of", "at least");
    private static final Set<String> UNTIL = Set.of("until", "till", "through", "by", "up to", "at most");
    private static final Set<String> WITHIN = Set.of("in", "during", "within", "of", "on", "between", "the", "year", "month");

    private final Reading r;

    DateReading(Reading r) {
        this.r = r;
    }

    /// The signup dates as a column (epoch days; NaN where the account has none).
    public static Column.Numbers signupColumn(AccountTable table) {
        int[] days = table.signupDays();
        double[] v = new double[days.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = days[i] == AccountTable.NO_DATE ? Double.NaN : days[i];
        }
        return new Column.Numbers(SIGNUP, "Signup Date", List.of(), Unit.DATE, Double.NaN, 0, v);
    }

    /// Reads each date field followed by a date; marks what it used.
    void read() {
        for (int i = 0; i < r.items.size(); i++) {
            if (!r.used[i] && r.items.get(i).tag(Tag.Field.class).map(f -> f.column()).orElse(null) instanceof Column.Numbers n
                    && n.unit() == Unit.DATE) {
                dateAfter(i, n);
            }
        }
    }

    private void dateAfter(int field, Column.Numbers column) {
        String op = r.items.get(field).text().endsWith("since") ? "since" : null;
        int k = field + 1;
        for (; k < r.items.size() && k <= field + 4; k++) {
            String word = r.items.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (isYear(k) || MONTHS.containsKey(word)) {
                break;
            }
            if (r.used[k] && !r.items.get(k).isFiller()) {
                return;
            }
            String kind = kind(word);
            if (kind == null) {
                return;
            }
            op = kind.equals("within") && op != null ? op : kind;
        }
        Optional<Period> first = period(k);
        if (first.isEmpty()) {
            return;
        }
        int end = first.get().end();
        Period to = null;
        int t = end;
        if (t < r.items.size() && (r.items.get(t).is("TO") || r.items.get(t).is("AND"))) {
            Optional<Period> second = period(t + 1);
            if (second.isPresent()) {
                to = second.get();
                end = to.end();
            }
        }
        LocalDate start = first.get().start();
        LocalDate last = first.get().last();
        Filter f;
        if (to != null) {
            f = new Filter.Compare(column, Filter.Op.BETWEEN, start.toEpochDay(), to.last().toEpochDay());
        } else if (op == null || op.equals("within")) {
            f = new Filter.Compare(column, Filter.Op.BETWEEN, start.toEpochDay(), last.toEpochDay());
        } else {
            f = switch (op) {
                case "after" -> new Filter.Compare(column, Filter.Op.GT, last.toEpochDay(), last.toEpochDay());
                case "before" -> new Filter.Compare(column, Filter.Op.LT, start.toEpochDay(), start.toEpochDay());
                case "since" -> new Filter.Compare(column, Filter.Op.GE, start.toEpochDay(), start.toEpochDay());
                default -> new Filter.Compare(column, Filter.Op.LE, last.toEpochDay(), last.toEpochDay());
            };
        }
        r.filters.add(f);
        r.markUsed(field, end);
        if (!r.shown.contains(column)) {
            r.shown.add(column);
        }
    }

    private static String kind(String word) {
        if (AFTER.contains(word)) {
            return "after";
        }
        if (BEFORE.contains(word)) {
            return "before";
        }
        if (SINCE.contains(word)) {
            return "since";
        }
        if (UNTIL.contains(word)) {
            return "until";
        }
        return WITHIN.contains(word) ? "within" : null;
    }

    /// A month and year, or a year, starting at item `k`: its first and last day and the item after it.
    private record Period(LocalDate start, LocalDate last, int end) {
    }

    private Optional<Period> period(int k) {
        if (k >= r.items.size()) {
            return Optional.empty();
        }
        Integer month = MONTHS.get(r.items.get(k).text().toLowerCase(java.util.Locale.ROOT));
        int y = month == null ? k : k + 1;
        if (!isYear(y)) {
            return Optional.empty();
        }
        int year = r.items.get(y).number().number().intValue();
        if (month == null) {
            return Optional.of(new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), y + 1));
        }
        YearMonth ym = YearMonth.of(year, month);
        return Optional.of(new Period(ym.atDay(1), ym.atEndOfMonth(), y + 1));
    }

    private boolean isYear(int k) {
        if (k < 0 || k >= r.items.size() || !r.items.get(k).isNumber() || r.used[k]) {
            return false;
        }
        Token t = r.items.get(k).number();
        return !t.percent() && t.number() == Math.rint(t.number()) && t.number() >= 1900 && t.number() <= 2100;
    }
}
