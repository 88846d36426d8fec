package org.csm.onboarding.engine.score;

import org.csm.onboarding.model.Band;

/// The one place that knows where a 0-100 score changes band (scoring.md): 67 and above is
/// Healthy, 34 and above At Risk, below that Critical. KPI scores, the overall score and the
/// comparison with the file's own health_score all use these cut-offs, so they stay in step.
public final class ScoreBands {

    /// Lowest score that counts as Healthy.
    public static final double HEALTHY_FROM = 67;
    /// Lowest score that counts as At Risk.
    public static final double AT_RISK_FROM = 34;

    private ScoreBands() {
    }

    public static Band of(double score) {
        if (score >= HEALTHY_FROM) {
            return Band.HEALTHY;
        }
        return score >= AT_RISK_FROM ? Band.AT_RISK : Band.CRITICAL;
    }
}
