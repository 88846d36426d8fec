package org.csm.onboarding.engine.ask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csm.onboarding.engine.playbook.PlaybookAdvisor;
import org.csm.onboarding.engine.playbook.PlaybookCatalog;
import org.csm.onboarding.model.HealthScore;

/// Answers questions about one workspace's accounts, offline and in milliseconds. Build one per
/// table (the vocabulary and name index are built here once), then call [#ask] as often as needed.
/// Every answer says what it understood; a question it cannot read gets "not understood" with
/// questions it can answer, never a guess.
public final class AskEngine {

    private final AskTable table;
    private final Lexicon lexicon;
    private final Interpreter interpreter;
    private final Suggester suggester;
    private final PlaybookAdvisor advisor;
    private final double[] riskKeys;

    public AskEngine(AskTable table, PlaybookCatalog playbooks, LocalDate today) {
        this.table = table;
        this.lexicon = new Lexicon(table);
        this.interpreter = new Interpreter(table, lexicon, new NameIndex(table));
        this.suggester = new Suggester(table);
        this.advisor = new PlaybookAdvisor(playbooks, table, today);
        this.riskKeys = riskKeys(table);
    }

    public AskTable table() {
        return table;
    }

    /// Words the Ask box can complete: column names and aliases, then text values.
    public List<String> vocabulary() {
        List<String> words = new ArrayList<>(lexicon.fieldPhrases().keySet());
        for (Column c : table.columns()) {
            if (c instanceof Column.Texts t) {
                Arrays.stream(t.values()).filter(v -> v != null && !v.isBlank()).distinct().limit(200).forEach(words::add);
            }
        }
        return words;
    }

    public Answer ask(String question) {
        String q = question == null ? "" : question.strip();
        Parsed parsed = interpreter.parse(q);
        if (!parsed.understood()) {
            return Answer.notUnderstood(q, parsed.problem(),
                    suggester.suggest(q, parsed.candidateAccounts(), s -> interpreter.parse(s).understood()));
        }
        return run(q, parsed.query());
    }

    private Answer run(String question, Query query) {
        String understood = query.describe(table);
        if (query.kind() == AnswerKind.EXPLANATION) {
            int row = query.account();
            Optional<HealthScore> score = table.details(row);
            List<String> lines = score.map(s -> Explainer.explain(table, row, s))
                    .orElse(List.of(table.name(row) + " has no score yet."));
            return new Answer(question, query.kind(), understood, new int[] {row}, overallColumns(), null, List.of(),
                    lines, List.of(), List.of(), null);
        }
        int[] rows = select(query);
        return switch (query.kind()) {
            case COUNT -> new Answer(question, query.kind(), understood, rows, query.shown(), (double) rows.length,
                    groups(rows, query, null), List.of(), List.of(), List.of(), null);
            case AGGREGATE -> new Answer(question, query.kind(), understood, rows, withMeasure(query),
                    aggregate(rows, query.measure(), query.aggregate()), groups(rows, query, query.measure()), List.of(),
                    List.of(), List.of(), null);
            case PLAYBOOKS -> new Answer(question, query.kind(), understood, rows, query.shown(), null, List.of(),
                    List.of(), advisor.forRows(rows), List.of(), null);
            default -> new Answer(question, query.kind(), understood, rows, query.shown(), null, List.of(), List.of(),
                    List.of(), List.of(), null);
        };
    }

    private List<Column> overallColumns() {
        return table.numbers(AskTable.OVERALL).<List<Column>>map(List::of).orElse(List.of());
    }

    private static List<Column> withMeasure(Query query) {
        List<Column> cols = new ArrayList<>(query.shown());
        if (!cols.contains(query.measure())) {
            cols.addFirst(query.measure());
        }
        return cols;
    }

    /// The matching rows in answer order, cut to the limit.
    private int[] select(Query query) {
        int n = table.size();
        int[] rows = new int[n];
        int count = 0;
        List<Filter> filters = query.filters();
        if (query.account() != null) {
            rows[count++] = query.account();
        } else {
            outer:
            for (int r = 0; r < n; r++) {
                for (Filter f : filters) {
                    if (!f.test(table, r)) {
                        continue outer;
                    }
                }
                rows[count++] = r;
            }
        }
        Query.Sort sort = query.sort();
        double[] keys = sort == null ? riskKeys() : sort.column().values();
        boolean descending = sort != null && sort.descending();
        boolean absolute = sort != null && sort.absolute();
        int limit = query.limit() == null ? count : Math.min(count, query.limit());
        return IndexSort.first(rows, count, keys, descending, absolute, limit);
    }

    /// Riskiest first: status (Critical, At Risk, Insufficient data, Healthy), then the largest
    /// contract value (the value at risk) first.
    private double[] riskKeys() {
        return riskKeys;
    }

    private static double[] riskKeys(AskTable table) {
        {
            double[] value = table.numbers("contract_value_annual").map(Column.Numbers::values).orElse(new double[table.size()]);
            double[] keys = new double[table.size()];
            for (int r = 0; r < keys.length; r++) {
                double v = Double.isNaN(value[r]) ? 0 : Math.min(Math.max(value[r], 0), 1e12);
                keys[r] = AskTable.riskRank(table.status(r)) * 1e13 - v;
            }
            return keys;
        }
    }

    private List<Answer.Group> groups(int[] rows, Query query, Column.Numbers measure) {
        if (query.groupBy() == null) {
            return List.of();
        }
        Column g = query.groupBy();
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] groupOf = new int[rows.length];
        int[] sizes = new int[16];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            String key = g instanceof Column.Texts t ? t.value(r) : Unit.NONE.format(((Column.Numbers) g).value(r));
            int gi = index.computeIfAbsent(key == null ? "(none)" : key, k -> index.size());
            if (gi == sizes.length) {
                sizes = Arrays.copyOf(sizes, gi * 2);
            }
            sizes[gi]++;
            groupOf[i] = gi;
        }
        int[][] members = new int[index.size()][];
        for (int gi = 0; gi < members.length; gi++) {
            members[gi] = new int[sizes[gi]];
        }
        int[] fill = new int[members.length];
        for (int i = 0; i < rows.length; i++) {
            members[groupOf[i]][fill[groupOf[i]]++] = rows[i];
        }
        List<Answer.Group> out = new ArrayList<>();
        index.forEach((k, gi) -> out.add(new Answer.Group(k,
                measure == null ? members[gi].length : aggregate(members[gi], measure, query.aggregate()), members[gi].length)));
        out.sort((a, b) -> Double.compare(Double.isNaN(b.value()) ? Double.NEGATIVE_INFINITY : b.value(),
                Double.isNaN(a.value()) ? Double.NEGATIVE_INFINITY : a.value()));
        return out;
    }

    private static double aggregate(int[] rows, Column.Numbers measure, Query.Aggregate aggregate) {
        double[] v = new double[rows.length];
        int n = 0;
        for (int r : rows) {
            double x = measure.value(r);
            if (!Double.isNaN(x)) {
                v[n++] = x;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            sum += v[i];
            min = Math.min(min, v[i]);
            max = Math.max(max, v[i]);
        }
        return switch (aggregate) {
            case SUM -> sum;
            case AVERAGE -> sum / n;
            case MIN -> min;
            case MAX -> max;
            case COUNT -> n;
            case MEDIAN -> {
                double[] sorted = Arrays.copyOf(v, n);
                Arrays.sort(sorted);
                yield n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            }
        };
    }

}
