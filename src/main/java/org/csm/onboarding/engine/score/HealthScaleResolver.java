package org.csm.onboarding.engine.score;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.csm.onboarding.model.HealthScale;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ReferenceRange;

/// Decides on which scale the file's health_score column is read, and the ranges that follow.
///
/// The seed calls health_score a 0-10 value, but the real export runs 4-71 (data-facts.md). The
/// config keeps Health Score thresholds on the 0-10 scale; when the data are 0-100 they are
/// multiplied by 10 here, once, and the user is told, rather than silently scoring every account
/// above 6 as Healthy.
public final class HealthScaleResolver {

    /// The highest value a 0-10 column may hold; anything above means 0-100.
    public static final double TEN_SCALE_MAX = 10;
    private static final double HUNDRED_FACTOR = 10;

    private HealthScaleResolver() {
    }

    /// The outcome: the scale actually used, the factor applied to the configured thresholds, the
    /// Health Score range before and after, and a notice for the user when one is due.
    /// `maxSeen` is null when the file had no health_score value.
    public record Resolution(HealthScale requested, HealthScale scale, Double maxSeen, ReferenceRange configuredRange,
                             ReferenceRange effectiveRange, String notice) {

        public boolean noticeRequired() {
            return notice != null;
        }

        public Optional<String> noticeText() {
            return Optional.ofNullable(notice);
        }

        /// Maps a value of the file's health_score column to 0-100, for comparisons with our overall score.
        public double toHundred(double fileValue) {
            return HealthScaleResolver.toHundred(fileValue, scale);
        }
    }

    /// The larger of `soFar` (null when nothing was seen yet) and these records' health_score
    /// values: callers fold it over the accounts they stream to find the scale's evidence.
    public static Double maxHealthScore(Iterable<KpiRecord> kpis, Double soFar) {
        Double max = soFar;
        for (KpiRecord k : kpis) {
            if (k.kpiKey().equals(KpiCatalog.HEALTH_SCORE) && (max == null || k.value() > max)) {
                max = k.value();
            }
        }
        return max;
    }

    /// Resolves the config's scale against the largest health_score value in the data.
    public static Resolution resolve(OnboardingConfig config, Double maxSeen) {
        HealthScale requested = config.healthScale();
        boolean looksHundred = maxSeen != null && maxSeen > TEN_SCALE_MAX;
        HealthScale scale = requested == HealthScale.AUTO
                ? (looksHundred ? HealthScale.ZERO_TO_HUNDRED : HealthScale.ZERO_TO_TEN)
                : requested;
        ReferenceRange configured = healthRange(config);
        ReferenceRange effective = configured.scaled(factor(scale));
        return new Resolution(requested, scale, maxSeen, configured, effective,
                notice(requested, scale, maxSeen, configured, effective));
    }

    private static String notice(HealthScale requested, HealthScale scale, Double maxSeen, ReferenceRange configured,
                                 ReferenceRange effective) {
        if (requested == HealthScale.AUTO && scale == HealthScale.ZERO_TO_HUNDRED) {
            return "health_score values go up to " + Numbers.plain(maxSeen)
                    + ", so the column is read on a 0-100 scale: thresholds "
                    + Numbers.plain(effective.critical()) + " and " + Numbers.plain(effective.healthy())
                    + " instead of " + Numbers.plain(configured.critical()) + " and " + Numbers.plain(configured.healthy());
        }
        // The user forced 0-10 on data that cannot be 0-10: keep their choice but say what it does.
        if (scale == HealthScale.ZERO_TO_TEN && maxSeen != null && maxSeen > TEN_SCALE_MAX) {
            return "health_score values go up to " + Numbers.plain(maxSeen)
                    + " but the column is set to a 0-10 scale: every value above "
                    + Numbers.plain(configured.healthy()) + " counts as Healthy";
        }
        return null;
    }

    /// The ranges the scorer uses for this run: the config's, with any KPI it lacks taken from the
    /// benchmarks of the config's catalogue (a custom KPI's own thresholds), and Health Score
    /// rescaled to `resolvedScale`.
    public static Map<String, ReferenceRange> effectiveRanges(OnboardingConfig config, HealthScale resolvedScale) {
        return effectiveRanges(config, resolvedScale, config.catalog());
    }

    public static Map<String, ReferenceRange> effectiveRanges(OnboardingConfig config, HealthScale resolvedScale,
                                                              KpiCatalog catalog) {
        var ranges = new LinkedHashMap<>(catalog.benchmarkRanges());
        ranges.putAll(config.ranges());
        ReferenceRange health = ranges.get(KpiCatalog.HEALTH_SCORE);
        if (health != null) {
            ranges.put(KpiCatalog.HEALTH_SCORE, health.scaled(factor(resolvedScale)));
        }
        return Collections.unmodifiableMap(ranges);
    }

    /// 1 for 0-10, 10 for 0-100. AUTO has no factor: it must be resolved first.
    public static double factor(HealthScale resolvedScale) {
        return switch (resolvedScale) {
            case ZERO_TO_TEN -> 1;
            case ZERO_TO_HUNDRED -> HUNDRED_FACTOR;
            case AUTO -> throw new IllegalArgumentException("Resolve the AUTO health scale before using it");
        };
    }

    /// Maps a health_score value read on `resolvedScale` to 0-100: x10 for a 0-10 column.
    public static double toHundred(double fileValue, HealthScale resolvedScale) {
        return fileValue * HUNDRED_FACTOR / factor(resolvedScale);
    }

    private static ReferenceRange healthRange(OnboardingConfig config) {
        ReferenceRange configured = config.ranges().get(KpiCatalog.HEALTH_SCORE);
        return configured != null ? configured : KpiCatalog.standard().benchmarkRanges().get(KpiCatalog.HEALTH_SCORE);
    }
}
