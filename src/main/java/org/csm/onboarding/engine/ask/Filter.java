package org.csm.onboarding.engine.ask;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.csm.onboarding.model.HealthStatus;

/// One condition a question puts on the accounts; each says in words what it checks.
public sealed interface Filter permits Filter.Compare, Filter.Level, Filter.TextIn, Filter.StatusIn, Filter.Account,
        Filter.StatusChanged, Filter.Not {

    boolean test(AskTable table, int row);

    String describe();

    /// The column the condition reads, shown beside each row of the answer (null for status and change).
    Column column();

    /// "low error rate", "high cold starts": past the KPI's Healthy threshold, and it says so.
    record Level(Compare compare) implements Filter {
        @Override
        public boolean test(AskTable table, int row) {
            return compare.test(table, row);
        }

        @Override
        public String describe() {
            return compare.describe() + " (the Healthy threshold)";
        }

        @Override
        public Column column() {
            return compare.column();
        }
    }

    /// A comparison on a number column. Missing values never match.
    record Compare(Column.Numbers column, Op op, double low, double high) implements Filter {
        @Override
        public boolean test(AskTable table, int row) {
            double v = column.values()[row];
            return !Double.isNaN(v) && op.test(v, low, high);
        }

        @Override
        public String describe() {
            return op == Op.BETWEEN
                    ? column.label() + " between " + column.unit().format(low) + " and " + column.unit().format(high)
                    : column.label() + " " + op.symbol() + " " + column.unit().format(low);
        }
    }

    /// A text column equal (any case) to one of the values. Matching is memoised per distinct
    /// cell value (columns hold few distinct values), so a filter over 100,000 rows stays cheap;
    /// a filter belongs to one question and is not shared between threads.
    record TextIn(Column.Texts column, Set<String> values, java.util.Map<String, Boolean> memo) implements Filter {
        public TextIn(Column.Texts column, Set<String> values) {
            this(column, Set.copyOf(values), new java.util.HashMap<>());
        }

        @Override
        public boolean test(AskTable table, int row) {
            String v = column.values()[row];
            if (v == null) {
                return false;
            }
            Boolean known = memo.get(v);
            if (known == null) {
                known = values.stream().anyMatch(v::equalsIgnoreCase);
                memo.put(v, known);
            }
            return known;
        }

        @Override
        public String describe() {
            return column.label() + " is " + String.join(" or ", values.stream().sorted().toList());
        }
    }

    /// The account's overall status is one of these.
    record StatusIn(Set<HealthStatus> statuses) implements Filter {
        public StatusIn {
            statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        }

        @Override
        public boolean test(AskTable table, int row) {
            return statuses.contains(table.status(row));
        }

        @Override
        public String describe() {
            return "status is " + EnumSet.copyOf(statuses).stream().sorted(java.util.Comparator.comparingInt(AskTable::riskRank))
                    .map(AskTable::statusLabel).collect(Collectors.joining(" or "));
        }

        @Override
        public Column column() {
            return null;
        }
    }

    /// One account, named by id or by name.
    record Account(int row, String label) implements Filter {
        @Override
        public boolean test(AskTable table, int r) {
            return r == row;
        }

        @Override
        public String describe() {
            return "account is " + label;
        }

        @Override
        public Column column() {
            return null;
        }
    }

    /// The status differs from the previous score snapshot's (in the asked direction).
    record StatusChanged(Change change) implements Filter {
        @Override
        public boolean test(AskTable table, int row) {
            HealthStatus before = table.previousStatus(row);
            HealthStatus now = table.status(row);
            if (before == null || now == null || before == now) {
                return false;
            }
            int delta = AskTable.riskRank(now) - AskTable.riskRank(before);
            return switch (change) {
                case ANY -> true;
                case WORSE -> delta < 0;
                case BETTER -> delta > 0;
            };
        }

        @Override
        public String describe() {
            return switch (change) {
                case ANY -> "status changed since the previous snapshot";
                case WORSE -> "status got worse since the previous snapshot";
                case BETTER -> "status improved since the previous snapshot";
            };
        }

        @Override
        public Column column() {
            return null;
        }
    }

    /// Everything the inner condition excludes ("not production", "excluding Dana").
    record Not(Filter inner) implements Filter {
        @Override
        public boolean test(AskTable table, int row) {
            return !inner.test(table, row);
        }

        @Override
        public String describe() {
            return "not (" + inner.describe() + ")";
        }

        @Override
        public Column column() {
            return inner.column();
        }
    }

    enum Change { ANY, WORSE, BETTER }

    /// Comparison operators, as the answer spells them.
    enum Op {
        GT(">"), GE(">="), LT("<"), LE("<="), EQ("="), BETWEEN("between");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        String symbol() {
            return symbol;
        }

        boolean test(double v, double low, double high) {
            return switch (this) {
                case GT -> v > low;
                case GE -> v >= low;
                case LT -> v < low;
                case LE -> v <= low;
                case EQ -> Math.abs(v - low) < 1e-9 * Math.max(1, Math.abs(low));
                case BETWEEN -> v >= Math.min(low, high) && v <= Math.max(low, high);
            };
        }
    }
}
