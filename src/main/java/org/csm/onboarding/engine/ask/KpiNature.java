package org.csm.onboarding.engine.ask;

import java.util.Set;

import org.csm.onboarding.model.Category;

/// Whether a KPI is something a CSM can move (usage, reliability, sentiment) or describes the
/// account's size (spend, contract value). Explanations never suggest "raise contract value" as
/// an action: a bigger contract is an outcome, not a lever.
public enum KpiNature {
    INFLUENCE("What the CSM can influence"), SIZE("What describes the account's size");

    private static final Set<String> SIZE_KEYS = Set.of("monthly_spend", "contract_value_annual");

    private final String heading;

    KpiNature(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    public static KpiNature of(String kpiKey, Category category) {
        return SIZE_KEYS.contains(kpiKey) ? SIZE : INFLUENCE;
    }
}
