package org.csm.onboarding.service;

import org.csm.onboarding.engine.transform.TableTransformer;
import org.csm.onboarding.engine.validate.KpiCoverage;
import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.engine.score.RangeSuggester;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;

import java.util.List;
import java.util.Map;

/// The outcome of reading a whole file without storing anything: what an import would create
/// (`accounts` and `kpiRecords` count rows free of errors), every issue, the first rows, the
/// health-score scale found, ranges suggested from the file's own values, and how the accounts
/// compare with the workspace's current ones (`changes`; all created when no workspace was given).
public record PreviewResult(FileAnalysis analysis, int dataRows, int accounts, int kpiRecords, int rowsInError,
                            int errorCount, int warningCount, List<DataIssue> issues, Map<IssueCode, Integer> issueCounts,
                            List<AccountRow> firstRows, HealthScaleResolver.Resolution healthScale,
                            RangeSuggester.Suggestion suggestedRanges, List<GoalRecommendation> goals,
                            int skippedDuplicates, KpiCoverage coverage, AccountChanges changes,
                            List<AccountRow> problemRows, Map<IssueCode, Integer> rowsInErrorByCode) {

    public PreviewResult {
        issues = List.copyOf(issues);
        issueCounts = Map.copyOf(issueCounts);
        firstRows = List.copyOf(firstRows);
        goals = List.copyOf(goals);
        changes = changes == null ? new AccountChanges(accounts, 0, 0) : changes;
        problemRows = problemRows == null ? List.of() : List.copyOf(problemRows);
        rowsInErrorByCode = rowsInErrorByCode == null ? Map.of() : Map.copyOf(rowsInErrorByCode);
    }

    /// The first rows and, after them, up to a thousand rows with problems, in file order: the
    /// account preview's rows, where problems are fixed in place.
    public List<AccountRow> previewRows() {
        var rows = new java.util.ArrayList<>(firstRows);
        rows.addAll(problemRows);
        return rows;
    }

    /// Why the import leaves rows out, as issue code -> rows: rows in error by their first error
    /// (left out when the CSM skips them) and repeated ids not kept.
    public Map<String, Integer> skippedReasons(boolean rowsInErrorSkipped) {
        Map<String, Integer> reasons = new java.util.LinkedHashMap<>();
        if (rowsInErrorSkipped) {
            rowsInErrorByCode.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> reasons.put(e.getKey().code(), e.getValue()));
        }
        if (skippedDuplicates > 0) {
            reasons.put(IssueCode.DUPLICATE_ROW_SKIPPED.code(), skippedDuplicates);
        }
        return reasons;
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    /// Rows an import leaves out: rows in error (when skipping them) and repeated ids not kept.
    public int rowsSkipped() {
        return rowsInError + skippedDuplicates;
    }

    static PreviewResult of(FileAnalysis analysis, TableTransformer.Summary summary, RowCollector rows,
                            HealthScaleResolver.Resolution scale, RangeSuggester.Suggestion ranges,
                            List<GoalRecommendation> goals, KpiCoverage coverage) {
        int dataRows = summary.dataRows();
        // A file whose mapping misses a required field creates nothing, whatever its rows hold.
        boolean importable = analysis.importable();
        return new PreviewResult(analysis, dataRows, importable ? rows.accepted() : 0, importable ? rows.acceptedKpis() : 0, rows.rowsInError(),
                rows.errorCount(), rows.warningCount(), rows.issues(), rows.issueCounts(), rows.firstRows(), scale, ranges, goals,
                summary.skippedDuplicates(), coverage, importable ? rows.changes() : AccountChanges.NONE, rows.problemRows(),
                rows.rowsInErrorByCode());
    }

    /// The same result with what the import does to the stored accounts counted elsewhere.
    public PreviewResult withChanges(AccountChanges counted) {
        return new PreviewResult(analysis, dataRows, accounts, kpiRecords, rowsInError, errorCount, warningCount, issues,
                issueCounts, firstRows, healthScale, suggestedRanges, goals, skippedDuplicates, coverage, counted, problemRows,
                rowsInErrorByCode);
    }
}
