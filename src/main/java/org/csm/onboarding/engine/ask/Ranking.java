package org.csm.onboarding.engine.ask;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;

/// The ranking part of a reading: "top 5 by spend", "the three riskiest", "healthiest", and
/// ranking by a label ("highest churn risk" is the accounts whose Churn Risk is High: a label
/// has no distance to sort by, so the extreme label present is a filter, riskiest first).
final class Ranking {

    private static final Map<String, Integer> ORDINAL = Map.of("very low", 0, "low", 1, "medium", 2, "moderate", 2,
            "high", 3, "very high", 4);

    private Ranking() {
    }

    /// The rank word an item says (WORST, BEST, LARGEST, TOP, BOTTOM), or null.
    static String word(Item it) {
        for (String w : List.of("WORST", "BEST", "LARGEST", "TOP", "BOTTOM")) {
            if (it.is(w)) {
                return w;
            }
        }
        return null;
    }

    /// How a rank orders by `by` (a measure named in the question), or by the overall score or
    /// the contract size when the question names none; null when the table has neither.
    static Query.Sort sort(AskTable table, String rank, Column.Numbers by) {
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

    /// "highest churn risk": the first label column named with a rank and no label of its own
    /// gets its extreme label ([#extremeLabel]) in `values`; false when there is none.
    static boolean byLabel(List<Column> shown, Map<Column.Texts, Set<String>> values, String rank) {
        for (Column c : shown) {
            if (c instanceof Column.Texts text && !values.containsKey(text)) {
                Optional<String> label = extremeLabel(text, rank);
                if (label.isPresent()) {
                    values.put(text, new LinkedHashSet<>(Set.of(label.get())));
                    return true;
                }
            }
        }
        return false;
    }

    /// The label a rank picks in a label column: for WORST and BEST the label of the KPI's
    /// Critical (or At Risk) and Healthy band, for TOP and BOTTOM the highest and lowest of
    /// low < medium < high present in the data. Empty when the labels have no order.
    static Optional<String> extremeLabel(Column.Texts column, String rank) {
        Set<String> present = new LinkedHashSet<>(Arrays.stream(column.values()).filter(Objects::nonNull).distinct()
                .limit(50).toList());
        if (present.isEmpty()) {
            return Optional.empty();
        }
        Optional<KpiDefinition> kpi = KpiCatalog.standard().find(column.key()).filter(KpiDefinition::isText);
        if (kpi.isPresent() && (rank.equals("WORST") || rank.equals("BEST"))) {
            List<Band> order = rank.equals("WORST") ? List.of(Band.CRITICAL, Band.AT_RISK) : List.of(Band.HEALTHY);
            for (Band band : order) {
                Optional<String> label = present.stream().filter(v -> kpi.get().label(v).map(l -> l.band() == band).orElse(false))
                        .findFirst();
                if (label.isPresent()) {
                    return label;
                }
            }
            return Optional.empty();
        }
        if (!present.stream().allMatch(v -> ORDINAL.containsKey(v.trim().toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        Comparator<String> byOrdinal = Comparator.comparingInt(v -> ORDINAL.get(v.trim().toLowerCase(Locale.ROOT)));
        boolean highest = !rank.equals("BOTTOM");
        return highest ? present.stream().max(byOrdinal) : present.stream().min(byOrdinal);
    }
}
