package org.csm.onboarding.model;

/// A data-quality finding, located the way the CSM sees the file: sheet, Excel row number
/// (1-based, null for file-level findings) and the column header as written in the file.
public record DataIssue(Severity severity, String sheet, Integer row, String column, IssueCode code, String message) {

    public static DataIssue error(String sheet, Integer row, String column, IssueCode code, String message) {
        return new DataIssue(Severity.ERROR, sheet, row, column, code, message);
    }

    public static DataIssue warning(String sheet, Integer row, String column, IssueCode code, String message) {
        return new DataIssue(Severity.WARNING, sheet, row, column, code, message);
    }

    public static DataIssue info(String sheet, Integer row, String column, IssueCode code, String message) {
        return new DataIssue(Severity.INFO, sheet, row, column, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
