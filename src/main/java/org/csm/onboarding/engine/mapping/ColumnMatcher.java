package org.csm.onboarding.engine.mapping;

import org.csm.onboarding.engine.read.SheetRow;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.Field;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/// Suggests which field each column holds. The header is read as words ([HeaderWords]: short
/// forms, plurals, German, units) and compared with each field's names ([FieldNames]); the
/// column's values ([ColumnProfile]) must agree ([ValueFit]). A column goes to at most one
/// field and each field to at most one column, the most confident first. Anything below
/// [#MIN_CONFIDENCE], or a column that could as well be two fields, is left for the CSM.
public final class ColumnMatcher {

    /// Below this a guess is not offered: a wrong automatic mapping is worse than none.
    static final double MIN_CONFIDENCE = 0.6;
    /// Two fields closer than this for one column: the header does not say which.
    private static final double AMBIGUITY_GAP = 0.1;

    private ColumnMatcher() {
    }

    /// Suggestions for every column, in file order (unmatched columns have a null field).
    public static List<ColumnSuggestion> suggest(List<String> headers, List<SheetRow> sample, char decimalSeparator) {
        List<ColumnSuggestion> candidates = new ArrayList<>();
        var unclear = new LinkedHashMap<Integer, String>();
        for (int col = 0; col < headers.size(); col++) {
            String header = headers.get(col);
            if (header == null || header.isBlank()) {
                continue;
            }
            List<ColumnSuggestion> forColumn = candidates(col, header, ColumnProfile.of(sample, col, decimalSeparator));
            if (forColumn.size() > 1 && forColumn.get(0).confidence() - forColumn.get(1).confidence() < AMBIGUITY_GAP) {
                unclear.put(col, "could be " + label(forColumn.get(0).field()) + " or " + label(forColumn.get(1).field()));
                continue;
            }
            candidates.addAll(forColumn);
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
            result.add(c != null ? c : new ColumnSuggestion(col, headers.get(col), null, 0, unclear.getOrDefault(col, "no matching field")));
        }
        return result;
    }

    /// The fields this column could be, most confident first, above the threshold.
    private static List<ColumnSuggestion> candidates(int col, String header, ColumnProfile profile) {
        HeaderWords.Terms terms = HeaderWords.read(header);
        List<ColumnSuggestion> out = new ArrayList<>();
        for (Field field : Field.values()) {
            FieldNames.NameScore name = FieldNames.score(terms, field);
            if (name == null) {
                continue;
            }
            ValueFit fit = ValueFit.of(field, profile);
            if (name.weak() && !fit.distinctive()) {
                continue;
            }
            // The field's own name is evidence enough that a few odd values cannot overturn
            // (they become per-row warnings); an alias or a partial name leans on the values more.
            double valueWeight = name.score() >= 0.99 ? 0.3 : 0.6;
            double confidence = name.score() * (1 - valueWeight + valueWeight * fit.fit())
                    + (fit.distinctive() && fit.fit() >= 0.95 ? 0.1 : 0);
            String reason = name.score() >= 0.99 ? "same name as " + field.key()
                    : name.score() >= 0.89 ? "known name of " + field.key() : "header is close to " + field.key();
            Set<String> allowed = ValueFit.allowedUnits(field);
            boolean contradicts = terms.units().stream().anyMatch(u -> !allowed.contains(u));
            if (contradicts) {
                confidence *= 0.3;
                reason += ", but its unit does not fit";
            } else if (!terms.units().isEmpty()) {
                confidence += 0.05;
            }
            if (!fit.reason().isEmpty()) {
                reason += "; " + fit.reason();
            }
            if (confidence >= MIN_CONFIDENCE) {
                out.add(new ColumnSuggestion(col, header, field, round(Math.min(1, confidence)), reason));
            }
        }
        out.sort(Comparator.comparingDouble(ColumnSuggestion::confidence).reversed());
        return out;
    }

    private static String label(Field field) {
        return field.templateHeader();
    }

    /// How many of these cells name a known field outright (its key, template header or an
    /// alias): used to tell a header row from title rows and data.
    public static int recognisedHeaders(List<String> cells) {
        return namedFields(cells).size();
    }

    /// The fields these cells name outright (a name or alias of the field explains every word, whatever
    /// the units in brackets): "P95 Latency (ms)" names p95_latency_ms.
    public static Set<Field> namedFields(List<String> cells) {
        Set<Field> seen = EnumSet.noneOf(Field.class);
        for (String cell : cells) {
            HeaderWords.Terms terms = HeaderWords.read(cell);
            for (Field field : Field.values()) {
                FieldNames.NameScore m = FieldNames.score(terms, field);
                if (m != null && !m.weak() && m.score() >= 0.89) {
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

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
