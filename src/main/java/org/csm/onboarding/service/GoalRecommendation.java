package org.csm.onboarding.service;

import org.csm.onboarding.model.Goal;

/// A goal with whether the file supports it and the evidence, e.g. "churn_risk column found".
public record GoalRecommendation(Goal goal, boolean recommended, String reason) {
}
