package org.csm.onboarding.engine.playbook;

import java.time.LocalDate;
import java.util.List;

import org.csm.onboarding.model.HealthStatus;

/// A playbook recommended for one account, with what fired it. `triggerKpi` is the KPI's name
/// as in the KPI table ("Error Rate"), empty for a status-only trigger; `triggerValue` is the
/// account's value as a CSM reads it ("13.45%", "High", or the status).
public record Recommendation(String externalAccountId, String accountName, Playbook playbook, String triggerKpiKey,
                             String triggerKpi, String triggerValue, Double triggerNumber, HealthStatus status,
                             LocalDate dueDate, String why) {

    public String owner() {
        return playbook.owner();
    }

    public List<String> steps() {
        return playbook.steps();
    }
}
