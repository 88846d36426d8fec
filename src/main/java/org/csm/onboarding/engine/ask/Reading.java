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

/// One pass over the tagged items of a general question (not about one named account):
/// comparisons next to their fields, values and statuses, ranking, aggregate and grouping.
/// Every item must end up used; what is left over is reported as not understood.
final class Reading extends ItemWalk {

    private final AskTable table;
    private final NameIndex names;
    private final List<Token> tokens;
    private final boolean playbooks;
    private final List<Filter> filters = new ArrayList<>();
    private final Map<Column.Texts, Set<String>> values = new LinkedHashMap<>();
    private final Map<Column.Texts, Set<String>> excluded = new LinkedHashMap<>();
    private final Set<HealthStatus> statuses = EnumSet.noneOf(HealthStatus.class);
    private final List<Column.Numbers> mentioned = new ArrayList<>();
    private final List<Column> shown = new ArrayList<>();
    private Query.Aggregate aggregate;
    private Column groupBy;
    private String rank;
    private Integer limit;
    private boolean disagree;
    private boolean all;

    Reading(AskTable table, NameIndex names, List<Token> tokens, List<Item> items, boolean playbooks) {
        this.table = table;
        this.names = names;
        super(items);
        this.tokens = tokens;
        this.playbooks = playbooks;
    }

    Parsed read() {
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.isFiller() || it.is("AND") || it.is("OR") || it.is("ACTION")) {
                used[i] = true;
            }
        }
        fieldsWithComparisons();
        comparisonsBeforeFields();
        keywords();
        accountsByName();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!used[i]) {
                unknown.add(items.get(i).text());
            }
        }
        if (!unknown.isEmpty()) {
            return Parsed.notUnderstood("I did not understand \u201c" + String.join(" ", unknown) + "\u201d.", unknown);
        }
        return build();
    }

    private Parsed build() {
        values.forEach((c, v) -> filters.add(new Filter.TextIn(c, v)));
        excluded.forEach((c, v) -> filters.add(new Filter.Not(new Filter.TextIn(c, v))));
        if (!statuses.isEmpty()) {
            filters.add(new Filter.StatusIn(statuses));
        }
        filters.stream().map(Filter::column).filter(c -> c != null && !shown.contains(c)).forEach(shown::add);
        Query.Sort sort = null;
        Column.Numbers measure = null;
        AnswerKind kind;
        if (playbooks) {
            kind = AnswerKind.PLAYBOOKS;
            // A plan for thousands of accounts is not readable: the riskiest ones first.
            limit = limit == null ? Interpreter.MAX_PLAYBOOK_ACCOUNTS : limit;
        } else if (aggregate == Query.Aggregate.COUNT) {
            kind = AnswerKind.COUNT;
        } else if (aggregate != null || (groupBy != null && rank == null)) {
            measure = mentioned.isEmpty() ? null : mentioned.getFirst();
            if (measure == null && groupBy != null) {
                aggregate = Query.Aggregate.COUNT;
                kind = AnswerKind.COUNT;
            } else if (measure == null) {
                return Parsed.notUnderstood("I understood \u201c" + aggregate.label() + "\u201d but not of what: name a measure such as monthly spend.", List.of());
            } else {
                if (aggregate == null) {
                    aggregate = measure.unit() == Unit.MONEY ? Query.Aggregate.SUM : Query.Aggregate.AVERAGE;
                }
                kind = AnswerKind.AGGREGATE;
            }
        } else {
            kind = AnswerKind.ROWS;
            if (disagree) {
                Optional<Column.Numbers> gap = table.numbers(AskTable.SCORE_GAP);
                if (gap.isEmpty()) {
                    return Parsed.notUnderstood("This workspace has no health score of its own to compare with.", List.of());
                }
                sort = new Query.Sort(gap.get(), true, true);
                table.numbers(AskTable.OVERALL).ifPresent(shown::add);
                table.numbers("health_score").ifPresent(shown::add);
                limit = limit == null ? 10 : limit;
            } else if (rank != null) {
                sort = rankSort();
                if (sort == null) {
                    return Parsed.notUnderstood("I understood a ranking but not by what: name a measure such as error rate.", List.of());
                }
                limit = limit == null ? (singular() ? 1 : 10) : limit;
            } else if (filters.isEmpty() && !all && mentioned.isEmpty()) {
                return Parsed.notUnderstood("I found nothing to filter, rank or count by.", List.of());
            }
        }
        if (sort != null && !shown.contains(sort.column())) {
            shown.add(sort.column());
        }
        for (Column.Numbers m : mentioned) {
            if (!shown.contains(m)) {
                shown.add(m);
            }
        }
        return Parsed.of(new Query(kind, filters, sort, kind == AnswerKind.ROWS || kind == AnswerKind.PLAYBOOKS ? limit : null, aggregate, measure,
                groupBy, null, shown));
    }

    private Query.Sort rankSort() {
        Column.Numbers by = mentioned.isEmpty() ? null : mentioned.getFirst();
        boolean top = !rank.equals("BOTTOM") && !rank.equals("WORST");
        if (by == null) {
            if (rank.equals("LARGEST")) {
                by = table.numbers("contract_value_annual").or(() -> table.numbers("monthly_spend")).orElse(null);
            } else {
                by = table.numbers(AskTable.OVERALL).orElse(null);
            }
            return by == null ? null : new Query.Sort(by, top, false);
        }
        if (rank.equals("WORST") || rank.equals("BEST")) {
            boolean bestFirst = rank.equals("BEST");
            top = by.better() >= 0 ? bestFirst : !bestFirst;
        }
        return new Query.Sort(by, top, false);
    }

    private boolean singular() {
        return tokens.stream().anyMatch(t -> Set.of("account", "customer", "client", "company", "one").contains(t.text()));
    }

    /// "error rate over 5%", "cold start between 30 and 50", "spend is 10k or more", "high error rate".
    private void fieldsWithComparisons() {
        for (int i = 0; i < items.size(); i++) {
            if (used[i]) {
                continue;
            }
            Optional<Column> field = fieldAt(i);
            if (field.isEmpty()) {
                continue;
            }
            Column column = field.get();
            int j = next(i);
            if (column instanceof Column.Numbers num) {
                Optional<Comparison> cmp = j < 0 ? Optional.empty() : comparison(j, num);
                if (cmp.isPresent()) {
                    filters.add(cmp.get().filter(num));
                    markUsed(i, cmp.get().end());
                    continue;
                }
                Optional<Integer> back = comparisonEndingAt(i, num);
                if (back.isPresent()) {
                    markUsed(back.get(), i + 1);
                    continue;
                }
                int p = previous(i);
                Optional<Filter.Op> level = p >= 0 ? levelOp(items.get(p)) : Optional.empty();
                if (items.get(i).is("INACTIVE") && level.isEmpty()) {
                    level = Optional.of(Filter.Op.GT);
                    p = i;
                }
                if (level.isPresent() && !Double.isNaN(num.healthy())) {
                    filters.add(new Filter.Compare(num, level.get(), num.healthy(), num.healthy()));
                    markUsed(Math.min(p, i), i + 1);
                    continue;
                }
                used[i] = true;
                mentioned.add(num);
            } else if (column instanceof Column.Texts text) {
                used[i] = true;
                labelNextTo(text, i);
                if (!shown.contains(text)) {
                    shown.add(text);
                }
            }
        }
    }

    /// A written comparison just before the field ("more than 10 days inactive"): adds its
    /// filter and returns where it starts.
    private Optional<Integer> comparisonEndingAt(int field, Column.Numbers column) {
        int o = previous(field);
        Comparison best = null;
        int bestStart = -1;
        for (int steps = 0; o >= 0 && steps < 6; steps++, o = previous(o)) {
            if (used[o] && !items.get(o).is("AND") && !items.get(o).is("TO")) {
                break;
            }
            if (!(items.get(o).isNumber() || items.get(o).tag(Tag.Op.class).isPresent())) {
                continue;
            }
            Optional<Comparison> cmp = comparison(o, column);
            if (cmp.isPresent() && cmp.get().explicit() && next(cmp.get().end() - 1) == field) {
                best = cmp.get();
                bestStart = o;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        filters.add(best.filter(column));
        return Optional.of(bestStart);
    }

    /// "high expansion potential", "churn risk is low".
    private void labelNextTo(Column.Texts column, int i) {
        for (int k : new int[] {previous(i), next(i)}) {
            if (k < 0 || used[k]) {
                continue;
            }
            Item it = items.get(k);
            String label = it.is("HIGH") ? "high" : it.is("LOW") ? "low" : it.is("MEDIUM") ? "medium" : null;
            Optional<String> spelled = label == null ? Optional.empty()
                    : java.util.Arrays.stream(column.values()).filter(label::equalsIgnoreCase).findFirst();
            if (spelled.isPresent()) {
                values.computeIfAbsent(column, c -> new LinkedHashSet<>()).add(spelled.get());
                used[k] = true;
                return;
            }
        }
    }

    /// "more than 10 days inactive", "over 5% error rate", "10+ days since last invocation".
    private void comparisonsBeforeFields() {
        for (int i = 0; i < items.size(); i++) {
            if (used[i] || !(items.get(i).tag(Tag.Op.class).isPresent() || items.get(i).isNumber())) {
                continue;
            }
            Optional<Comparison> cmp = comparison(i, null);
            if (cmp.isEmpty() || !cmp.get().explicit()) {
                continue;
            }
            int after = next(cmp.get().end() - 1);
            int before = previous(i);
            Column.Numbers target = null;
            int at = -1;
            for (int k : new int[] {after, before}) {
                if (target == null && k >= 0 && fieldAt(k).orElse(null) instanceof Column.Numbers n
                        && (!used[k] || mentioned.contains(n))) {
                    target = n;
                    at = k;
                }
            }
            if (target == null && before >= 0 && !mentioned.isEmpty() && items.get(before).tag(Tag.Field.class).isPresent()) {
                target = mentioned.getLast();
            }
            if (target != null) {
                filters.add(cmp.get().filter(target));
                markUsed(i, cmp.get().end());
                if (at >= 0) {
                    used[at] = true;
                    mentioned.remove(target);
                }
            }
        }
    }

    private void keywords() {
        for (int i = 0; i < items.size(); i++) {
            if (used[i]) {
                continue;
            }
            Item it = items.get(i);
            Optional<Tag.Value> value = it.tag(Tag.Value.class);
            Optional<Tag.Status> status = it.tag(Tag.Status.class);
            boolean negated = previous(i) >= 0 && items.get(previous(i)).is("NOT");
            if (value.isPresent()) {
                (negated ? excluded : values).computeIfAbsent(value.get().column(), c -> new LinkedHashSet<>()).addAll(value.get().values());
                markUsed(negated ? previous(i) : i, i + 1);
            } else if (status.isPresent()) {
                Set<HealthStatus> s = EnumSet.copyOf(status.get().statuses());
                if (negated) {
                    Set<HealthStatus> rest = EnumSet.allOf(HealthStatus.class);
                    rest.removeAll(s);
                    s = rest;
                    used[previous(i)] = true;
                }
                statuses.addAll(s);
                used[i] = true;
            } else if (it.tag(Tag.Agg.class).isPresent() && (aggregate == null)) {
                aggregate = it.tag(Tag.Agg.class).get().aggregate();
                used[i] = true;
            } else if (it.is("CHANGED") || it.is("WORSE") || it.is("BETTER")) {
                changed(i);
            } else if (it.is("DISAGREE")) {
                disagree = true;
                used[i] = true;
            } else if (it.is("GROUP")) {
                group(i);
            } else if (it.is("BREAKDOWN")) {
                aggregate = aggregate == null ? Query.Aggregate.COUNT : aggregate;
                used[i] = true;
            } else if (rankWord(it) != null) {
                rank = rankWord(it);
                used[i] = true;
                limitNextTo(i);
            } else if (it.is("ALL") || it.is("ONE") || it.is("NOT") && next(i) < 0) {
                all = true;
                used[i] = true;
            }
        }
    }

    private void changed(int i) {
        Filter.Change change = items.get(i).is("WORSE") ? Filter.Change.WORSE
                : items.get(i).is("BETTER") ? Filter.Change.BETTER : Filter.Change.ANY;
        filters.removeIf(f -> f instanceof Filter.StatusChanged sc && sc.change() == Filter.Change.ANY);
        if (filters.stream().noneMatch(f -> f instanceof Filter.StatusChanged)) {
            filters.add(new Filter.StatusChanged(change));
        }
        used[i] = true;
    }

    private void group(int i) {
        int j = next(i);
        Optional<Column> field = j < 0 ? Optional.empty() : fieldAt(j).or(() -> items.get(j).tag(Tag.Status.class)
                .flatMap(s -> table.column(AskTable.STATUS)));
        if (field.isEmpty() && j >= 0 && items.get(j).tag(Tag.Value.class).isPresent()) {
            field = Optional.of(items.get(j).tag(Tag.Value.class).get().column());
        }
        if (field.isEmpty()) {
            return;
        }
        if (field.get() instanceof Column.Numbers n) {
            mentioned.remove(n);
            mentioned.addFirst(n);
            rank = rank == null ? "TOP" : rank;
        } else {
            groupBy = field.get();
            shown.remove(groupBy);
        }
        markUsed(i, j + 1);
    }

    private String rankWord(Item it) {
        for (String w : List.of("WORST", "BEST", "LARGEST", "TOP", "BOTTOM")) {
            if (it.is(w)) {
                return w;
            }
        }
        return null;
    }

    /// "top 5", "5 highest", "the three riskiest".
    private void limitNextTo(int i) {
        for (int k : new int[] {next(i), previous(i)}) {
            if (k >= 0 && !used[k] && items.get(k).isNumber() && !items.get(k).number().percent()) {
                double n = items.get(k).number().number();
                if (n >= 1 && n == Math.rint(n)) {
                    limit = (int) n;
                    used[k] = true;
                    return;
                }
            }
        }
    }

    /// Unknown words left over may be part of an account's name: "error rate of Elastic AI".
    private void accountsByName() {
        for (int i = 0; i < items.size(); i++) {
            if (used[i] || !(items.get(i).unknown() || items.get(i).isNumber() || items.get(i).tag(Tag.Value.class).isPresent())) {
                continue;
            }
            Item it = items.get(i);
            Optional<Integer> byId = it.isNumber() ? Optional.empty() : names.byId(tokens.get(it.start()));
            if (byId.isPresent()) {
                filters.add(new Filter.Account(byId.get(), table.name(byId.get()) + " (" + table.id(byId.get()) + ")"));
                used[i] = true;
                continue;
            }
            int e = i;
            while (e < items.size() && !used[e] && items.get(e).unknown()) {
                e++;
            }
            if (e == i) {
                continue;
            }
            Optional<NameIndex.Match> m = names.longestName(tokens, items.get(i).start(), items.get(e - 1).end());
            if (m.isPresent() && m.get().rows().size() <= 5 && m.get().start() == items.get(i).start()
                    && m.get().end() == items.get(e - 1).end()) {
                List<Integer> rows = m.get().rows();
                Filter f = rows.size() == 1
                        ? new Filter.Account(rows.getFirst(), table.name(rows.getFirst()) + " (" + table.id(rows.getFirst()) + ")")
                        : new Filter.TextIn(nameColumn(), Set.copyOf(rows.stream().map(table::name).toList()));
                filters.add(f);
                markUsed(i, e);
            }
        }
    }

    private Column.Texts nameColumn() {
        String[] n = new String[table.size()];
        for (int r = 0; r < n.length; r++) {
            n[r] = table.name(r);
        }
        return new Column.Texts("account_name", "Account", List.of(), n);
    }

    private Optional<Column> fieldAt(int i) {
        Item it = items.get(i);
        if (it.is("INACTIVE")) {
            return table.column("days_since_last_invocation");
        }
        return it.tag(Tag.Field.class).map(Tag.Field::column);
    }

    private Optional<Filter.Op> levelOp(Item it) {
        return it.is("HIGH") ? Optional.of(Filter.Op.GT) : it.is("LOW") ? Optional.of(Filter.Op.LT) : Optional.empty();
    }
}
