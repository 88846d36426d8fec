package org.csm.onboarding.service;

import org.csm.onboarding.engine.score.RangeSuggester;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/// Tallies one pass over the rows: accounts and KPI records that would be stored, issues (the
/// first few thousand kept in full, all of them counted), the first rows for the preview, and
/// the values the range suggester needs.
final class RowCollector {

    /// Keeps memory bounded on a 100,000-row file full of problems; counts stay exact.
    static final int ISSUES_KEPT = 5_000;
    static final int PREVIEW_ROWS = 10;
    static final int PROBLEM_ROWS_KEPT = 1_000;

    private final List<DataIssue> issues = new ArrayList<>();
    private final Map<IssueCode, Integer> issueCounts = new EnumMap<>(IssueCode.class);
    private final List<AccountRow> firstRows = new ArrayList<>();
    private final RangeSuggester suggester;
    private int errorCount;
    private int warningCount;
    private int accepted;
    private int acceptedKpis;
    private int rowsInError;

    private final AccountChanges.Counter changes;
    private double healthScoreMax = Double.NaN;
    /// Rows in error by the first error on each: why rows are skipped when the CSM skips them.
    private final Map<IssueCode, Integer> rowsInErrorByCode = new EnumMap<>(IssueCode.class);
    /// Rows with any problem beyond the first rows, so the preview can show them and fix them in place.
    private final List<AccountRow> problemRows = new ArrayList<>();

    /// Rows the CSM fixed stay in the preview once their problems are gone, to show the fix.
    private final java.util.Set<Integer> editedRows;

    /// `suggester` null: no range suggestion is wanted (an import), so no KPI value is kept.
    RowCollector(RangeSuggester suggester, org.csm.onboarding.model.table.AccountTable current, java.util.Set<Integer> editedRows) {
        this.suggester = suggester;
        this.editedRows = editedRows;
        this.changes = new AccountChanges.Counter(current);
    }

    void addFileIssues(List<DataIssue> fileIssues) {
        fileIssues.forEach(this::addIssue);
    }

    /// Returns true when the row is free of errors (and so would be stored).
    boolean accept(AccountRow row) {
        row.issues().forEach(this::addIssue);
        if (firstRows.size() < PREVIEW_ROWS) {
            firstRows.add(row);
        }
        if (row.hasErrors()) {
            rowsInError++;
            row.issues().stream().filter(DataIssue::isError).findFirst()
                    .ifPresent(first -> rowsInErrorByCode.merge(first.code(), 1, Integer::sum));
            keepProblemRow(row);
            return false;
        }
        if (!row.issues().isEmpty() || editedRows.contains(row.sourceRow())) {
            keepProblemRow(row);
        }
        accepted++;
        acceptedKpis += row.kpis().size();
        changes.add(row);
        for (KpiRecord kpi : row.kpis()) {
            if (KpiCatalog.HEALTH_SCORE.equals(kpi.kpiKey()) && Double.isFinite(kpi.value())
                    && !(kpi.value() <= healthScoreMax)) {
                healthScoreMax = kpi.value();
            }
        }
        if (suggester != null) {
            suggester.acceptAll(row.kpis());
        }
        return true;
    }

    private void keepProblemRow(AccountRow row) {
        if (problemRows.size() < PROBLEM_ROWS_KEPT && row.sourceRow() > lastPreviewRow()) {
            problemRows.add(row);
        }
    }

    private int lastPreviewRow() {
        return firstRows.size() < PREVIEW_ROWS ? Integer.MAX_VALUE : firstRows.getLast().sourceRow();
    }

    private void addIssue(DataIssue issue) {
        issueCounts.merge(issue.code(), 1, Integer::sum);
        if (issue.severity() == Severity.ERROR) {
            errorCount++;
        } else if (issue.severity() == Severity.WARNING) {
            warningCount++;
        }
        if (issues.size() < ISSUES_KEPT) {
            issues.add(issue);
        }
    }

    List<DataIssue> issues() {
        return List.copyOf(issues);
    }

    Map<IssueCode, Integer> issueCounts() {
        return Map.copyOf(issueCounts);
    }

    List<AccountRow> firstRows() {
        return List.copyOf(firstRows);
    }

    int errorCount() {
        return errorCount;
    }

    int warningCount() {
        return warningCount;
    }

    int accepted() {
        return accepted;
    }

    int acceptedKpis() {
        return acceptedKpis;
    }

    int rowsInError() {
        return rowsInError;
    }

    List<AccountRow> problemRows() {
        return List.copyOf(problemRows);
    }

    Map<IssueCode, Integer> rowsInErrorByCode() {
        return Map.copyOf(rowsInErrorByCode);
    }

    AccountChanges changes() {
        return changes.result();
    }

    /// Suggested ranges, or none when no suggester was given.
    RangeSuggester.Suggestion suggestion(org.csm.onboarding.model.HealthScale scale) {
        return suggester == null ? new RangeSuggester.Suggestion(List.of()) : suggester.suggest(scale);
    }

    /// The largest health_score value among the accepted rows, null when none had one: what
    /// the health-score scale is resolved from.
    Double healthScoreMax() {
        return Double.isNaN(healthScoreMax) ? null : healthScoreMax;
    }
}
