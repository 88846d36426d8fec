package org.csm.onboarding.engine.score;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.HealthScale;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiScore;

/// Our overall score beside the file's own health_score, both on 0-100, so a CSM can see where
/// the model and their existing number disagree. `difference` = computed - file (positive when we
/// score the account higher); null, like the bands, when either side is missing. `bandsAgree` uses
/// the same cut-offs for both (67 / 34, [ScoreBands]), not the status, so low coverage does not
/// count as a disagreement.
public record ScoreComparison(String externalAccountId, Double computed, Double fileScore, Double difference,
                              Band computedBand, Band fileBand, boolean bandsAgree) {

    /// Compares with the file's health_score as it appears among the account's scored KPIs.
    public static ScoreComparison of(HealthScore score, HealthScale resolvedScale) {
        Double fileValue = score.kpis().stream()
                .filter(k -> KpiCatalog.HEALTH_SCORE.equals(k.kpiKey()))
                .map(KpiScore::value)
                .findFirst().orElse(null);
        return of(score, fileValue, resolvedScale);
    }

    /// Compares with a health_score read on `resolvedScale` (x10 when that is 0-10); null when the file has none.
    public static ScoreComparison of(HealthScore score, Double fileHealthScore, HealthScale resolvedScale) {
        Double computed = score.overall();
        Double file = fileHealthScore == null ? null : HealthScaleResolver.toHundred(fileHealthScore, resolvedScale);
        Band computedBand = computed == null ? null : ScoreBands.of(computed);
        Band fileBand = file == null ? null : ScoreBands.of(file);
        Double difference = computed == null || file == null ? null : computed - file;
        return new ScoreComparison(score.externalAccountId(), computed, file, difference, computedBand, fileBand,
                computedBand != null && computedBand == fileBand);
    }
}
