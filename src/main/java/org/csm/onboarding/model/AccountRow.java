package org.csm.onboarding.model;

import java.util.List;

/// Everything one data row of the customer file becomes, with the issues found on it.
/// `sourceRow` is the row number as Excel shows it.
public record AccountRow(int sourceRow, Account account, ProfileMetadata profile, List<KpiRecord> kpis,
                         List<DataIssue> issues) {

    public AccountRow {
        kpis = List.copyOf(kpis);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(DataIssue::isError);
    }
}
