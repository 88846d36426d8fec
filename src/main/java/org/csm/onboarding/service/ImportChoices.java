package org.csm.onboarding.service;

import org.csm.onboarding.engine.validate.DuplicatePolicy;

/// What the CSM decided about a file before importing it: which row to keep when an id repeats,
/// and whether a score from few KPIs is acceptable (the coverage gate).
public record ImportChoices(DuplicatePolicy onDuplicate, boolean allowFewKpis) {

    public static final ImportChoices DEFAULT = new ImportChoices(DuplicatePolicy.ERROR, false);

    public ImportChoices withOnDuplicate(DuplicatePolicy policy) {
        return new ImportChoices(policy, allowFewKpis);
    }

    public ImportChoices withAllowFewKpis(boolean allow) {
        return new ImportChoices(onDuplicate, allow);
    }
}
