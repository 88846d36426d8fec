package org.csm.onboarding.model;

import java.util.List;

/// Everything one data row of the customer file becomes, with the issues found on it.
/// `sourceRow` is the row number as Excel shows it; `cells` the row's cells as written, by
/// column (a view over the read row, not a copy: the preview shows and edits them).
public record AccountRow(int sourceRow, Account account, ProfileMetadata profile, List<KpiRecord> kpis,
                         List<DataIssue> issues, List<String> cells) {

    public AccountRow {
        kpis = List.copyOf(kpis);
        issues = List.copyOf(issues);
        cells = cells == null ? List.of() : cells;
    }

    public AccountRow(int sourceRow, Account account, ProfileMetadata profile, List<KpiRecord> kpis, List<DataIssue> issues) {
        this(sourceRow, account, profile, kpis, issues, List.of());
    }

    /// The cell of a 0-based column as written ("" beyond the row's end).
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public AccountRow withIssues(List<DataIssue> newIssues) {
        return new AccountRow(sourceRow, account, profile, kpis, newIssues, cells);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(DataIssue::isError);
    }
}
