package org.csm.onboarding.engine.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.KpiScore;

/// Computes an account's health from its KPI records (scoring.md, "From KPIs to categories to
/// overall" and "Explanation"). Stateless and thread-safe; all configuration is in [ScoringContext].
///
/// Rules that are easy to get wrong, kept here on purpose:
/// - a missing KPI is left out of its category (never counted as 0) and lowers coverage;
/// - a category without any value drops out and the other weights renormalise;
/// - category and impact come from the catalogue, not from the record, so an edited catalogue
///   applies to records imported before the edit;
/// - records for KPIs the catalogue does not know are ignored; if a KPI appears twice the first
///   record counts; a non-finite numeric value counts as missing, as the transform would have it.
///
/// `HealthScore.kpis()` is ordered by points lost, largest first (ties keep catalogue order),
/// because the dashboard lists the biggest losers first; [#inCatalogueOrder] restores the
/// catalogue order for views that want it.
public final class HealthScorer {

    private static final Category[] CATEGORIES = Category.values();
    private static final Comparator<KpiScore> MOST_POINTS_LOST_FIRST =
            Comparator.comparingDouble(KpiScore::pointsLost).reversed();

    /// Minimum coverage (share of configured weight with data) for a status other than Insufficient data.
    public static final double MIN_COVERAGE = 0.5;

    public HealthScore score(String externalId, String accountName, List<KpiRecord> kpis, ScoringContext ctx) {
        KpiRecord[] present = presentByCatalogueIndex(kpis, ctx);
        KpiScorer.Result[] results = new KpiScorer.Result[present.length];
        double[] impactPresent = new double[CATEGORIES.length];
        double[] impactTimesScore = new double[CATEGORIES.length];
        for (int i = 0; i < present.length; i++) {
            if (present[i] == null) {
                continue;
            }
            KpiDefinition def = ctx.definition(i);
            results[i] = KpiScorer.score(def, ctx.range(i), present[i]);
            int c = def.category().ordinal();
            impactPresent[c] += def.impact().weight();
            impactTimesScore[c] += def.impact().weight() * results[i].score();
        }

        var categories = new EnumMap<Category, Double>(Category.class);
        CategoryFold fold = new CategoryFold(ctx);
        fold.fold(impactPresent, impactTimesScore, categories);
        Double overall = Double.isNaN(fold.overall) ? null : fold.overall;
        double coverage = fold.coverage;
        double weightWithData = fold.weightWithData;

        List<KpiScore> explained = explain(present, results, impactPresent, weightWithData, ctx);
        return new HealthScore(externalId, accountName, overall, status(overall, coverage), coverage,
                Collections.unmodifiableMap(categories), explained);
    }

    /// Insufficient data beats any number: a score built on less than half the weight is not shown as a status.
    public static HealthStatus status(Double overall, double coverage) {
        return overall == null ? HealthStatus.INSUFFICIENT_DATA : statusOf(overall, coverage);
    }

    /// [#status(Double, double)] with NaN for "no overall score", for callers that keep scores
    /// in primitive arrays (no box per account).
    static HealthStatus status(double overall, double coverage) {
        return Double.isNaN(overall) ? HealthStatus.INSUFFICIENT_DATA : statusOf(overall, coverage);
    }

    private static HealthStatus statusOf(double overall, double coverage) {
        if (coverage < MIN_COVERAGE) {
            return HealthStatus.INSUFFICIENT_DATA;
        }
        Band band = ScoreBands.of(overall);
        return switch (band) {
            case HEALTHY -> HealthStatus.HEALTHY;
            case AT_RISK -> HealthStatus.AT_RISK;
            case CRITICAL -> HealthStatus.CRITICAL;
        };
    }

    private static KpiRecord[] presentByCatalogueIndex(List<KpiRecord> kpis, ScoringContext ctx) {
        KpiRecord[] present = new KpiRecord[ctx.size()];
        for (KpiRecord kpi : kpis) {
            int i = ctx.indexOf(kpi.kpiKey());
            if (i < 0 || present[i] != null) {
                continue;
            }
            if (ctx.definition(i).isText() || Double.isFinite(kpi.value())) {
                present[i] = kpi;
            }
        }
        return present;
    }

    /// Points use the weight share among categories *with data* and the impact share among the
    /// category's KPIs *present*, i.e. exactly the normalisations of the overall score. scoring.md
    /// writes "(category weight / sum of weights) x (impact / category impact) x score"; read with
    /// the full weight sum or the catalogue impact, the points would not add up to the overall
    /// score whenever a KPI or category is missing, and the dashboard could not say "these KPIs
    /// make up the score". With these shares, points added sum to `overall` and points lost to
    /// `100 - overall`.
    private static List<KpiScore> explain(KpiRecord[] present, KpiScorer.Result[] results, double[] impactPresent,
                                          double weightWithData, ScoringContext ctx) {
        var explained = new ArrayList<KpiScore>();
        for (int i = 0; i < present.length; i++) {
            if (present[i] == null) {
                continue;
            }
            KpiDefinition def = ctx.definition(i);
            KpiScorer.Result r = results[i];
            double share = weightWithData > 0
                    ? ctx.weight(def.category()) / weightWithData * def.impact().weight() / impactPresent[def.category().ordinal()]
                    : 0;
            explained.add(new KpiScore(def.key(), def.name(), def.category(), present[i].value(), r.label(), r.band(),
                    r.score(), share * r.score(), share * (100 - r.score()), r.nextBandValue(), r.nextBandLabel()));
        }
        explained.sort(MOST_POINTS_LOST_FIRST);
        return List.copyOf(explained);
    }

    /// The account's KPI explanations in catalogue order instead of biggest losers first.
    public static List<KpiScore> inCatalogueOrder(HealthScore score, ScoringContext ctx) {
        return score.kpis().stream().sorted(Comparator.comparingInt(k -> ctx.indexOf(k.kpiKey()))).toList();
    }
}
