package org.csm.onboarding.engine.mapping;

import org.csm.onboarding.engine.read.CellValues;
import org.csm.onboarding.engine.read.RawCell;
import org.csm.onboarding.engine.read.SheetRow;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.FieldType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// Suggests which field each column holds, from its header (exact name, template header,
/// synonyms, shared words) checked against a sample of its values (a "churn" column must hold
/// High/Medium/Low, a spend column numbers). Each field goes to at most one column, the most
/// confident first.
public final class ColumnMatcher {

    /// Below this a guess is not offered: a wrong automatic mapping is worse than none.
    static final double MIN_CONFIDENCE = 0.5;

    private static final Set<String> LEVEL_LABELS = Set.of("high", "medium", "low", "med");

    private ColumnMatcher() {
    }

    /// Suggestions for every column, in file order (unmatched columns have a null field).
    public static List<ColumnSuggestion> suggest(List<String> headers, List<SheetRow> sample, char decimalSeparator) {
        List<ColumnSuggestion> candidates = new ArrayList<>();
        for (int col = 0; col < headers.size(); col++) {
            String header = headers.get(col);
            if (header == null || header.isBlank()) {
                continue;
            }
            for (Field field : Field.values()) {
                Match m = nameMatch(HeaderNormalizer.normalize(header), field);
                if (m == null) {
                    continue;
                }
                double fit = valueFit(field, column(sample, col), decimalSeparator);
                double confidence = m.score * (0.5 + 0.5 * fit);
                String reason = fit < 0.5 ? m.reason + ", but most values do not look like " + describe(field) : m.reason;
                if (confidence >= MIN_CONFIDENCE) {
                    candidates.add(new ColumnSuggestion(col, header, field, round(confidence), reason));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(ColumnSuggestion::confidence).reversed()
                .thenComparingInt(ColumnSuggestion::column));
        var chosen = new LinkedHashMap<Integer, ColumnSuggestion>();
        Set<Field> taken = EnumSet.noneOf(Field.class);
        for (ColumnSuggestion c : candidates) {
            if (!chosen.containsKey(c.column()) && taken.add(c.field())) {
                chosen.put(c.column(), c);
            }
        }
        List<ColumnSuggestion> result = new ArrayList<>();
        for (int col = 0; col < headers.size(); col++) {
            ColumnSuggestion c = chosen.get(col);
            result.add(c != null ? c : new ColumnSuggestion(col, headers.get(col), null, 0, "no matching field"));
        }
        return result;
    }

    /// How many of these cells name a known field outright (its key, template header or an
    /// alias): used to tell a header row from title rows and data.
    public static int recognisedHeaders(List<String> cells) {
        return namedFields(cells).size();
    }

    /// The fields these cells name outright (key, template header or alias, whatever the units
    /// in brackets): "P95 Latency (ms)" names p95_latency_ms through its alias p95_latency.
    public static Set<Field> namedFields(List<String> cells) {
        Set<Field> seen = EnumSet.noneOf(Field.class);
        for (String cell : cells) {
            String norm = HeaderNormalizer.normalize(cell);
            for (Field field : Field.values()) {
                Match m = nameMatch(norm, field);
                if (m != null && m.score >= 0.9) {
                    seen.add(field);
                }
            }
        }
        return seen;
    }

    /// The mapping the suggestions amount to.
    public static ColumnMapping toMapping(List<ColumnSuggestion> suggestions) {
        var map = new LinkedHashMap<Field, String>();
        suggestions.stream().filter(ColumnSuggestion::mapped).forEach(s -> map.put(s.field(), s.header()));
        return new ColumnMapping(map);
    }

    private record Match(double score, String reason) {
    }

    private static Match nameMatch(String norm, Field field) {
        if (norm.isEmpty()) {
            return null;
        }
        if (norm.equals(field.key())) {
            return new Match(1.0, "same name as " + field.key());
        }
        if (norm.equals(HeaderNormalizer.normalize(field.templateHeader()))) {
            return new Match(1.0, "template header " + field.templateHeader());
        }
        if (FieldSynonyms.of(field).contains(norm)) {
            return new Match(0.9, "known alias of " + field.key());
        }
        double overlap = wordOverlap(norm, field);
        if (overlap >= 0.6) {
            return new Match(0.4 + 0.4 * overlap, "similar words to " + field.key());
        }
        return null;
    }

    private static double wordOverlap(String norm, Field field) {
        Set<String> words = words(norm);
        double best = 0;
        List<String> names = new ArrayList<>(FieldSynonyms.of(field));
        names.add(field.key());
        names.add(HeaderNormalizer.normalize(field.templateHeader()));
        for (String name : names) {
            Set<String> other = words(name);
            Set<String> common = new HashSet<>(words);
            common.retainAll(other);
            Set<String> union = new HashSet<>(words);
            union.addAll(other);
            best = Math.max(best, union.isEmpty() ? 0 : (double) common.size() / union.size());
        }
        return best;
    }

    private static Set<String> words(String norm) {
        return new HashSet<>(Arrays.asList(norm.split("_")));
    }

    private static List<RawCell> column(List<SheetRow> sample, int col) {
        return sample.stream().map(r -> r.cell(col)).filter(c -> !CellValues.isMissing(c)).toList();
    }

    /// Share (0-1) of the sampled values that suit the field; 1 when there is nothing to judge by.
    static double valueFit(Field field, List<RawCell> values, char decimalSeparator) {
        if (values.isEmpty()) {
            return 1;
        }
        long fitting = values.stream().filter(v -> fits(field, v, decimalSeparator)).count();
        return (double) fitting / values.size();
    }

    private static boolean fits(Field field, RawCell cell, char decimalSeparator) {
        FieldType type = field.type();
        return switch (type) {
            case NUMBER -> CellValues.parseNumber(cell, decimalSeparator).isValid();
            case DATE -> CellValues.parseDate(cell).isValid();
            case LABEL -> LEVEL_LABELS.contains(cell.text().trim().toLowerCase(Locale.ROOT));
            // A name or id column is text; a column of plain numbers is more likely a measure,
            // except for ids, which are often numeric.
            case TEXT -> field == Field.CUSTOMER_ID || cell.number() == null;
        };
    }

    private static String describe(Field field) {
        return switch (field.type()) {
            case NUMBER -> "numbers";
            case DATE -> "dates";
            case LABEL -> "High/Medium/Low";
            case TEXT -> "text";
        };
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
