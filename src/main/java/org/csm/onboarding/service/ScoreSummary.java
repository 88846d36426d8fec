package org.csm.onboarding.service;

import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.model.HealthStatus;

import java.util.Map;

/// Result of (re)scoring a workspace: accounts per status and the health-score scale used.
public record ScoreSummary(int accounts, Map<HealthStatus, Integer> byStatus, HealthScaleResolver.Resolution healthScale) {

    public ScoreSummary {
        byStatus = Map.copyOf(byStatus);
    }
}
