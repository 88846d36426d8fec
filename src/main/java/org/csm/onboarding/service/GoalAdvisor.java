package org.csm.onboarding.service;

import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.Goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Recommends business goals from the columns the file actually has: a goal is only worth
/// tracking when the data can measure it.
public final class GoalAdvisor {

    private static final Map<Goal, List<Field>> EVIDENCE = Map.of(
            Goal.REDUCE_CHURN, List.of(Field.CHURN_RISK, Field.DAYS_SINCE_LAST_INVOCATION, Field.HEALTH_SCORE),
            Goal.DRIVE_ADOPTION, List.of(Field.DAILY_INVOCATIONS, Field.INVOCATIONS_30D, Field.INVOCATION_VELOCITY_CHANGE_PCT),
            Goal.IMPROVE_SATISFACTION, List.of(Field.HEALTH_SCORE, Field.ERROR_RATE_PCT),
            Goal.EXPAND_REVENUE, List.of(Field.EXPANSION_POTENTIAL, Field.MONTHLY_SPEND, Field.CONTRACT_VALUE_ANNUAL),
            Goal.REDUCE_SUPPORT_COST, List.of(Field.ERROR_RATE_PCT, Field.P95_LATENCY_MS, Field.COLD_START_PCT));

    private GoalAdvisor() {
    }

    public static List<GoalRecommendation> recommend(ColumnMapping mapping) {
        List<GoalRecommendation> result = new ArrayList<>();
        for (Goal goal : Goal.values()) {
            List<String> found = EVIDENCE.get(goal).stream().filter(mapping::has).map(Field::key).toList();
            String reason = found.isEmpty() ? "no column in this file measures it"
                    : String.join(", ", found) + (found.size() == 1 ? " column found" : " columns found");
            result.add(new GoalRecommendation(goal, !found.isEmpty(), reason));
        }
        return result;
    }

    /// Company size from the median annual contract value, the seed's "likely Enterprise" reasoning.
    public static String companySize(double medianAnnualContract) {
        if (medianAnnualContract >= 100_000) {
            return "Enterprise";
        }
        return medianAnnualContract >= 20_000 ? "Mid-market" : "SMB";
    }
}
