package org.csm.onboarding.engine.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.KpiScore;

/// One account's score in sentences: its status, what pulls it down (largest loss first), what
/// would lift each KPI the CSM can influence into its next band, and what holds it up.
final class Explainer {

    private static final int MAX_REASONS = 4;

    private Explainer() {
    }

    static List<String> explain(AskTable table, int row, HealthScore score) {
        List<String> lines = new ArrayList<>();
        String who = table.name(row) + " (" + table.id(row) + ")";
        String status = AskTable.statusLabel(score.status());
        lines.add(score.overall() == null
                ? who + " has no score: none of its KPIs has a value."
                : String.format(Locale.ROOT, "%s is %s with %.1f of 100 (data for %.0f%% of the weight).", who, status,
                score.overall(), score.coverage() * 100));
        List<KpiScore> losing = score.kpis().stream().filter(k -> k.band() != Band.HEALTHY && k.pointsLost() > 0.05)
                .sorted(Comparator.comparingDouble(KpiScore::pointsLost).reversed()).toList();
        if (losing.isEmpty()) {
            lines.add("Every KPI with a value is in its Healthy band.");
        }
        List<KpiScore> levers = losing.stream().filter(k -> KpiNature.of(k.kpiKey(), k.category()) == KpiNature.INFLUENCE)
                .limit(MAX_REASONS).toList();
        for (KpiScore k : levers) {
            String line = String.format(Locale.ROOT, "%s %s is %s and costs %.1f points.", k.kpiName(), valueText(table, k),
                    band(k.band()), k.pointsLost());
            if (k.nextBandValue() != null) {
                line += " Reaching " + unit(table, k.kpiKey()).format(k.nextBandValue()) + " would move it to "
                        + band(k.band() == Band.CRITICAL ? Band.AT_RISK : Band.HEALTHY) + ".";
            } else if (k.nextBandLabel() != null) {
                line += " Moving it to " + k.nextBandLabel() + " would lift it a band.";
            }
            lines.add(line);
        }
        List<String> size = losing.stream().filter(k -> KpiNature.of(k.kpiKey(), k.category()) == KpiNature.SIZE)
                .map(k -> String.format(Locale.ROOT, "%s %s (%s, %.1f points)", k.kpiName(), valueText(table, k),
                        band(k.band()), k.pointsLost())).toList();
        if (!size.isEmpty()) {
            lines.add("Its size also lowers the score: " + String.join(", ", size)
                    + ". That describes the account, not something to act on.");
        }
        List<String> strong = score.kpis().stream().filter(k -> k.band() == Band.HEALTHY)
                .sorted(Comparator.comparingDouble(KpiScore::pointsAdded).reversed()).limit(3)
                .map(k -> k.kpiName() + " " + valueText(table, k)).toList();
        if (!strong.isEmpty()) {
            lines.add("Holding it up: " + String.join(", ", strong) + ".");
        }
        return lines;
    }

    private static String valueText(AskTable table, KpiScore k) {
        if (k.label() != null) {
            return "\u201c" + k.label() + "\u201d";
        }
        return k.value() == null ? "(missing)" : "at " + unit(table, k.kpiKey()).format(k.value());
    }

    private static Unit unit(AskTable table, String key) {
        return table.numbers(key).map(Column.Numbers::unit).orElse(Unit.NONE);
    }

    private static String band(Band band) {
        return switch (band) {
            case CRITICAL -> "Critical";
            case AT_RISK -> "At Risk";
            case HEALTHY -> "Healthy";
        };
    }
}
