package org.csm.onboarding.engine.ask;

import java.util.ArrayList;
import java.util.List;

/// What a question was understood to ask, before it runs: the conditions, the order, how many
/// rows, and for counts and aggregates what to compute and by what to group.
public record Query(AnswerKind kind, List<Filter> filters, Sort sort, Integer limit, Aggregate aggregate,
                    Column.Numbers measure, Column groupBy, Integer account, List<Column> shown) {

    public Query {
        filters = List.copyOf(filters);
        shown = List.copyOf(shown);
    }

    /// Order of the rows; `absolute` sorts by the size of the value whatever its sign.
    public record Sort(Column.Numbers column, boolean descending, boolean absolute) {
        String describe() {
            return "sorted by " + (absolute ? "size of " : "") + column.label() + (descending ? ", largest first" : ", smallest first");
        }
    }

    /// What a count or aggregate computes.
    public enum Aggregate {
        COUNT("number of accounts"), SUM("total"), AVERAGE("average"), MEDIAN("median"), MIN("minimum"), MAX("maximum");

        private final String label;

        Aggregate(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /// The query as a CSM reads it, e.g. "accounts where status is At Risk and Error Rate > 5%,
    /// sorted by Monthly Spend, largest first, first 10".
    public String describe(AskTable table) {
        List<String> parts = new ArrayList<>();
        String where = filters.isEmpty() ? "" : " where " + String.join(" and ", filters.stream().map(Filter::describe).toList());
        switch (kind) {
            case EXPLANATION -> parts.add("why " + table.name(account) + " (" + table.id(account) + ") has its score");
            case PLAYBOOKS -> parts.add(account != null
                    ? "playbooks for " + table.name(account) + " (" + table.id(account) + ")"
                    : "playbooks for accounts" + where);
            case COUNT -> parts.add("number of accounts" + where);
            case AGGREGATE -> parts.add(aggregate.label() + " " + measure.label() + " of accounts" + where);
            default -> parts.add("accounts" + where);
        }
        if (groupBy != null) {
            parts.add("grouped by " + groupBy.label());
        }
        if (sort != null) {
            parts.add(sort.describe());
        } else if (kind == AnswerKind.ROWS) {
            parts.add("riskiest first");
        }
        if (limit != null) {
            parts.add("first " + limit);
        }
        return String.join(", ", parts);
    }
}
