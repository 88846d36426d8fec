package org.csm.onboarding.engine.score;

import java.util.Optional;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiDefinition.TextLabel;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.KpiScore;
import org.csm.onboarding.model.ReferenceRange;

/// Turns one KPI value into a band and a 0-100 score (scoring.md, "From value to KPI score").
///
/// Numeric KPIs use t = (v - c) / (h - c) with critical threshold c and healthy threshold h.
/// Because "lower is better" simply has h < c, the same formula serves both directions: t grows
/// as the value gets better either way. Each outer band is as wide as the At Risk band.
///
/// Text KPIs score by the band of their label: Critical 0, At Risk 50, Healthy 100.
public final class KpiScorer {

    /// Score of a text label in the Critical band.
    public static final double TEXT_CRITICAL_SCORE = 0;
    /// Score of a text label in the At Risk band.
    public static final double TEXT_AT_RISK_SCORE = 50;
    /// Score of a text label in the Healthy band.
    public static final double TEXT_HEALTHY_SCORE = 100;

    private KpiScorer() {
    }

    /// A KPI's band and score, and what it takes to reach the next better band: a threshold for
    /// numeric KPIs (`nextBandValue`), a label for text KPIs (`nextBandLabel`); both null when Healthy.
    /// `label` is the text label as the catalogue spells it, null for numeric KPIs.
    public record Result(Band band, double score, String label, Double nextBandValue, String nextBandLabel) {
    }

    /// Scores a KPI record against its definition and (effective) range.
    ///
    /// @throws IllegalArgumentException for a text KPI whose label and stored value are both
    ///         unknown: the transform step reports those as data issues and creates no record, so
    ///         reaching here is a bug, and a silent default score would hide it.
    public static Result score(KpiDefinition definition, ReferenceRange range, KpiRecord kpi) {
        return definition.isText()
                ? scoreText(definition, kpi.label(), kpi.value())
                : scoreNumeric(kpi.value(), range);
    }

    public static Result scoreNumeric(double value, ReferenceRange range) {
        double t = position(value, range.critical(), range.healthy());
        Band band = bandAt(t);
        return new Result(band, scoreAt(t), null, nextBandValue(band, range), null);
    }

    /// Where the value sits: 0 at the critical threshold, 1 at the healthy one, whatever the direction.
    static double position(double value, double critical, double healthy) {
        return (value - critical) / (healthy - critical);
    }

    /// Both thresholds themselves are At Risk (the range is inclusive), hence the strict comparisons.
    static Band bandAt(double t) {
        if (t < 0) {
            return Band.CRITICAL;
        }
        return t > 1 ? Band.HEALTHY : Band.AT_RISK;
    }

    static double scoreAt(double t) {
        if (t < 0) {
            return Math.max(0, 33 * (1 + t));
        }
        if (t <= 1) {
            return 34 + 32 * t;
        }
        return Math.min(100, 67 + 33 * (t - 1));
    }

    /// The value at which a numeric KPI enters the next better band. From Critical that is c itself
    /// (c is At Risk). From At Risk it is h, but h is still At Risk: the KPI must get *better than* h,
    /// which [#describeNextBand] says in words.
    public static Double nextBandValue(Band band, ReferenceRange range) {
        return switch (band) {
            case CRITICAL -> range.critical();
            case AT_RISK -> range.healthy();
            case HEALTHY -> null;
        };
    }

    /// Scores a text KPI by its label; when the label is missing or unknown the stored number is tried.
    public static Result scoreText(KpiDefinition definition, String label, double storedValue) {
        TextLabel match = resolveLabel(definition, label, storedValue).orElseThrow(() -> new IllegalArgumentException(
                "Unknown label '" + label + "' (stored value " + Numbers.plain(storedValue) + ") for KPI " + definition.key()
                        + "; expected one of " + definition.labelValues().keySet()));
        Band band = match.band();
        return new Result(band, textScore(band), match.label(), null, nextBandLabel(definition, band).orElse(null));
    }

    /// The band of a text KPI's label (or stored number when the label is unknown), if either is known.
    public static Optional<Band> resolveBand(KpiDefinition definition, String label, double storedValue) {
        return resolveLabel(definition, label, storedValue).map(TextLabel::band);
    }

    static Optional<TextLabel> resolveLabel(KpiDefinition definition, String label, double storedValue) {
        Optional<TextLabel> byLabel = label == null || label.isBlank() ? Optional.empty() : definition.label(label);
        return byLabel.or(() -> definition.labelForValue(storedValue));
    }

    public static double textScore(Band band) {
        return switch (band) {
            case CRITICAL -> TEXT_CRITICAL_SCORE;
            case AT_RISK -> TEXT_AT_RISK_SCORE;
            case HEALTHY -> TEXT_HEALTHY_SCORE;
        };
    }

    /// The first label of the closest better band; a two-label map (Critical/Healthy) skips At Risk.
    public static Optional<String> nextBandLabel(KpiDefinition definition, Band band) {
        return definition.labels().stream()
                .filter(l -> l.band().ordinal() > band.ordinal())
                .min((a, b) -> Integer.compare(a.band().ordinal(), b.band().ordinal()))
                .map(TextLabel::label);
    }

    /// One sentence for the dashboard on how to reach the next band, e.g. "Better than 7 (lower is
    /// better) to become Healthy" or "Reach 30 or less to become At Risk".
    public static String describeNextBand(KpiScore kpi, Direction direction) {
        if (kpi.band() == Band.HEALTHY) {
            return "Already Healthy.";
        }
        String target = kpi.band() == Band.CRITICAL ? "At Risk" : "Healthy";
        if (kpi.nextBandLabel() != null) {
            return "Becomes " + target + " at '" + kpi.nextBandLabel() + "'.";
        }
        if (kpi.nextBandValue() == null) {
            return "";
        }
        String threshold = Numbers.plain(kpi.nextBandValue());
        if (kpi.band() == Band.CRITICAL) {
            String side = direction == Direction.LOWER_IS_BETTER ? "or less" : "or more";
            return "Reach " + threshold + " " + side + " to become At Risk.";
        }
        return "Better than " + threshold + " (" + direction.label() + " is better) to become Healthy.";
    }
}
