package org.csm.onboarding.engine.playbook;

import java.util.List;

/// One entry of the playbook catalogue: what to do, why, who owns it and by when. A playbook
/// whose `supersededBy` also fires for the same account is not recommended (the escalation
/// replaces the outreach).
public record Playbook(String id, String name, String goal, Trigger trigger, List<String> steps, String owner,
                       int dueInDays, String supersededBy) {

    public Playbook {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
