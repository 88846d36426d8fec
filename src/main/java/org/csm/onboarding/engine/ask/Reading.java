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
/// Every item must end up used; what is left over is reported as not understood. Full account
/// names and leftover name words are read by [NameReading], dates by [DateReading], ranking
/// orders by [Ranking].
final class Reading extends ItemWalk {

    final AskTable table;
    final NameIndex names;
    final List<Token> tokens;
    private final boolean playbooks;
    final List<Filter> filters = new ArrayList<>();
    private final Map<Column.Texts, Set<String>> values = new LinkedHashMap<>();
    private final Map<Column.Texts, Set<String>> excluded = new LinkedHashMap<>();
    private final Set<HealthStatus> statuses = EnumSet.noneOf(HealthStatus.class);
    private final List<Column.Numbers> mentioned = new ArrayList<>();
    final List<Column> shown = new ArrayList<>();
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
        NameReading accounts = new NameReading(this);
        accounts.fullNamesOverFields();
        new DateReading(this).read();
        fieldsWithComparisons();
        comparisonsBeforeFields();
        keywords();
        accounts.leftoverNames();
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
        boolean byLabel = rank != null && mentioned.isEmpty() && aggregate == null && Ranking.byLabel(shown, values, rank);
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
            } else if (byLabel) {
                if (limit == null && singular()) {
                    limit = 1;
                }
            } else if (rank != null) {
                sort = Ranking.sort(table, rank, mentioned.isEmpty() ? null : mentioned.getFirst());
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
                    filters.add(new Filter.Level(new Filter.Compare(num, level.get(), num.healthy(), num.healthy())));
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

    /// "high expansion potential", "churn risk is low", "churn risk medium or high".
    private void labelNextTo(Column.Texts column, int i) {
        for (int k : new int[] {previous(i), next(i)}) {
            Optional<String> spelled = label(column, k);
            if (spelled.isPresent()) {
                values.computeIfAbsent(column, c -> new LinkedHashSet<>()).add(spelled.get());
                used[k] = true;
                // More labels joined by "or" / "and" after it.
                for (int j = next(k); k > i && j >= 0 && (items.get(j).is("OR") || items.get(j).is("AND")); j = next(k)) {
                    Optional<String> more = label(column, next(j));
                    if (more.isEmpty()) {
                        break;
                    }
                    k = next(j);
                    values.get(column).add(more.get());
                    markUsed(j, k + 1);
                }
                return;
            }
        }
    }

    /// The column's label item `k` says (high, low, medium), as the data spells it.
    private Optional<String> label(Column.Texts column, int k) {
        if (k < 0 || used[k]) {
            return Optional.empty();
        }
        Item it = items.get(k);
        String label = it.is("HIGH") ? "high" : it.is("LOW") ? "low" : it.is("MEDIUM") ? "medium" : null;
        return label == null ? Optional.empty()
                : java.util.Arrays.stream(column.values()).filter(label::equalsIgnoreCase).findFirst();
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
            } else if (Ranking.word(it) != null) {
                rank = Ranking.word(it);
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
