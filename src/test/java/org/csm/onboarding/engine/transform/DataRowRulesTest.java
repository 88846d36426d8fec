package org.csm.onboarding.engine.transform;

import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.Severity;
import org.csm.onboarding.testdata.CustomerFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The row-level rules of transformation and validation, each through a small workbook.
class DataRowRulesTest {

    @TempDir
    Path dir;

    private Transformed run(CustomerFile file) throws Exception {
        return Transformed.of(file.writeXlsx(dir, "customers.xlsx"));
    }

    @Test
    void aCleanFileHasNoRowIssues() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1").account("A-2"));
        assertEquals(2, t.preview().accounts());
        assertEquals(26, t.preview().kpiRecords());
        assertEquals(0, t.preview().errorCount());
        assertTrue(t.rows().stream().allMatch(r -> r.issues().isEmpty()));
    }

    @Test
    void emptyCompanyNameIsAnErrorAtItsRowAndHeaderAsWritten() throws Exception {
        CustomerFile f = CustomerFile.serverless().renameHeader("company_name", "Company Name")
                .account("A-1").account("A-2", "company_name", null).account("A-3", "company_name", "  ");
        Transformed t = run(f);
        var issues = t.issues(IssueCode.MISSING_ACCOUNT_NAME);
        assertEquals(2, issues.size(), issues::toString);
        DataIssue first = issues.getFirst();
        assertEquals(Severity.ERROR, first.severity());
        assertEquals("Customers", first.sheet());
        assertEquals(f.excelRowOf(1), first.row());
        assertEquals(3, first.row());
        assertEquals("Company Name", first.column());
        assertTrue(first.message().contains("A-2"), first.message());
        assertEquals(4, issues.get(1).row());
        assertEquals(1, t.preview().accounts());
        assertEquals(2, t.preview().rowsInError());
    }

    @Test
    void emptyCustomerIdIsAnError() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1").account("ignored", "customer_id", "N/A"));
        DataIssue issue = t.single(IssueCode.MISSING_ACCOUNT_ID);
        assertEquals(3, issue.row());
        assertEquals("customer_id", issue.column());
        assertEquals(1, t.preview().accounts());
    }

    @Test
    void aDuplicatedIdIsAnErrorOnTheLaterRowNamingBothRows() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1").account("A-2").account("a-1 "));
        DataIssue dup = t.single(IssueCode.DUPLICATE_ACCOUNT_ID);
        assertEquals(Severity.ERROR, dup.severity());
        assertEquals(4, dup.row());
        assertEquals("customer_id", dup.column());
        assertTrue(dup.message().contains("rows 2 and 4"), dup.message());
        assertFalse(t.atExcelRow(2).hasErrors());
        assertTrue(t.atExcelRow(4).hasErrors());
        assertEquals(2, t.preview().accounts());
    }

    @Test
    void textInANumberColumnIsAWarningThatCostsOnlyThatKpiNeverZeroNorTheAccount() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1").account("A-2", "daily_invocations", "abc"));
        DataIssue issue = t.single(IssueCode.INVALID_NUMBER);
        assertEquals(Severity.WARNING, issue.severity());
        assertEquals("Customers", issue.sheet());
        assertEquals(3, issue.row());
        assertEquals("daily_invocations", issue.column());
        assertTrue(issue.message().contains("abc"), issue.message());
        AccountRow row = t.row("A-2");
        assertTrue(Transformed.kpi(row, "daily_invocations").isEmpty());
        assertEquals(12, row.kpis().size());
        assertEquals(2, t.preview().accounts());
        assertEquals(25, t.preview().kpiRecords());
        assertEquals(0, t.preview().errorCount());
    }

    @ParameterizedTest(name = "\"{0}\" is missing")
    @ValueSource(strings = {"", "N/A", "-", "n/a", "null", "—"})
    void aMissingValueIsAWarningAndGivesNoRecord(String missing) throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1", "error_rate_pct", missing.isEmpty() ? null : missing));
        DataIssue issue = t.single(IssueCode.MISSING_KPI_VALUE);
        assertEquals(Severity.WARNING, issue.severity());
        assertEquals(2, issue.row());
        assertEquals("error_rate_pct", issue.column());
        assertTrue(Transformed.kpi(t.row("A-1"), "error_rate_pct").isEmpty());
        assertEquals(1, t.preview().accounts());
        assertEquals(12, t.preview().kpiRecords());
        assertEquals(0, t.preview().errorCount());
    }

    @Test
    void anUnknownLabelIsAWarningAndTheAccountIsKept() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1", "churn_risk", "Maybe"));
        DataIssue issue = t.single(IssueCode.UNKNOWN_LABEL);
        assertEquals(Severity.WARNING, issue.severity());
        assertEquals("churn_risk", issue.column());
        assertEquals(2, issue.row());
        assertTrue(issue.message().contains("Maybe"), issue.message());
        assertTrue(Transformed.kpi(t.row("A-1"), "churn_risk").isEmpty());
        assertEquals(1, t.preview().accounts());
    }

    @Test
    void germanLevelLabelsAreRead() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1", "churn_risk", "hoch").account("A-2", "churn_risk", "Niedrig"));
        assertEquals("High", Transformed.kpi(t.row("A-1"), "churn_risk").orElseThrow().label());
        assertEquals("Low", Transformed.kpi(t.row("A-2"), "churn_risk").orElseThrow().label());
    }

    @Test
    void aSpreadsheetErrorAsIdIsAnUnusableId() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1").account("#REF!"));
        DataIssue issue = t.single(IssueCode.MISSING_ACCOUNT_ID);
        assertEquals(Severity.ERROR, issue.severity());
        assertTrue(issue.message().contains("#REF!"), issue.message());
        assertEquals(1, t.preview().accounts());
    }

    @ParameterizedTest(name = "churn {0}, expansion {1}")
    @CsvSource({
            "high, LOW, High, 1, Low, 1",
            "LOW, high, Low, 3, High, 3",
            "' Medium ', medium, Medium, 2, Medium, 2",
    })
    void labelsAreCaseInsensitive(String churn, String expansion, String churnLabel, double churnValue,
                                  String expansionLabel, double expansionValue) throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1", "churn_risk", churn, "expansion_potential", expansion));
        assertEquals(0, t.preview().errorCount(), () -> t.preview().issues().toString());
        var c = Transformed.kpi(t.row("A-1"), "churn_risk").orElseThrow();
        assertEquals(churnLabel, c.label());
        assertEquals(churnValue, c.value());
        var e = Transformed.kpi(t.row("A-1"), "expansion_potential").orElseThrow();
        assertEquals(expansionLabel, e.label());
        assertEquals(expansionValue, e.value());
    }

    @Test
    void negativeInvocationsAreAnError() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1", "daily_invocations", -5.0));
        DataIssue issue = t.single(IssueCode.NEGATIVE_VALUE);
        assertEquals("daily_invocations", issue.column());
        assertEquals(2, issue.row());
        assertTrue(Transformed.kpi(t.row("A-1"), "daily_invocations").isEmpty());
    }

    @Test
    void negativeVelocityChangeIsFine() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1", "invocation_velocity_change_pct", -70.3));
        assertEquals(0, t.preview().errorCount());
        assertEquals(-70.3, Transformed.kpi(t.row("A-1"), "invocation_velocity_change_pct").orElseThrow().value());
    }

    @Test
    void coldStartAbove100IsOutOfRange() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1", "cold_start_pct", 120.0)
                .account("A-2", "cold_start_pct", 100.0));
        DataIssue issue = t.single(IssueCode.OUT_OF_RANGE);
        assertEquals("cold_start_pct", issue.column());
        assertEquals(2, issue.row());
        assertTrue(Transformed.kpi(t.row("A-1"), "cold_start_pct").isEmpty());
        assertEquals(100.0, Transformed.kpi(t.row("A-2"), "cold_start_pct").orElseThrow().value());
    }

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "monthly_spend         | $19,790.08 | 19790.08",
            "contract_value_annual | 237,480.95 | 237480.95",
            "cold_start_pct        | 21.0%      | 21.0",
            "error_rate_pct        | ' 13.45 % '| 13.45",
            "daily_invocations     | 1,234      | 1234",
            "invocations_30d       | 66240      | 66240",
    })
    void numbersWrittenAsTextParse(String column, String text, double expected) throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1", column, text));
        assertEquals(0, t.preview().errorCount(), () -> t.preview().issues().toString());
        assertEquals(expected, Transformed.kpi(t.row("A-1"), column).orElseThrow().value(), 1e-9);
    }

    @ParameterizedTest(name = "signup \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "45366       | 2024-03-15",
            "2024-03-15  | 2024-03-15",
            "03/15/2024  | 2024-03-15",
            "15.03.2024  | 2024-03-15",
    })
    void datesInTheUsualForms(String text, LocalDate expected) throws Exception {
        Object cell = text.matches("\\d+") ? (Object) Double.parseDouble(text) : text;
        Transformed t = run(CustomerFile.serverless().account("A-1", "signup_date", cell));
        assertEquals(expected, t.row("A-1").profile().signupDate());
        assertTrue(t.issues(IssueCode.INVALID_DATE).isEmpty());
    }

    @Test
    void aDateCellIsRead() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1", "signup_date", LocalDate.of(2022, 12, 31)));
        assertEquals(LocalDate.of(2022, 12, 31), t.row("A-1").profile().signupDate());
    }

    @Test
    void anUnreadableDateIsAWarningAndLeavesTheDateEmpty() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1", "signup_date", "sometime in spring"));
        DataIssue issue = t.single(IssueCode.INVALID_DATE);
        assertEquals(Severity.WARNING, issue.severity());
        assertNull(t.row("A-1").profile().signupDate());
        assertEquals(1, t.preview().accounts());
    }

    @Test
    void blankRowsInsideTheTableGiveOneWarningListingThemAndTrailingOnesAreNotReported() throws Exception {
        CustomerFile f = CustomerFile.serverless().account("A-1").blankRow().blankRow().account("A-2").blankRow()
                .account("A-3").blankRow().blankRow();
        Transformed t = run(f);
        DataIssue issue = t.single(IssueCode.BLANK_ROWS_SKIPPED);
        assertEquals(Severity.WARNING, issue.severity());
        assertEquals(3, issue.row());
        assertTrue(issue.message().startsWith("3 blank rows were skipped"), issue.message());
        assertTrue(issue.message().contains("rows 3, 4, 6"), issue.message());
        assertFalse(issue.message().contains("8"), issue.message());
        assertEquals(3, t.summary().blankRows());
        assertEquals(3, t.summary().dataRows());
        assertEquals(3, t.preview().accounts());
        assertEquals(7, t.row("A-3").sourceRow());
    }

    @Test
    void onlyTrailingBlankRowsAreNotReported() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1").blankRow().blankRow());
        assertTrue(t.issues(IssueCode.BLANK_ROWS_SKIPPED).isEmpty());
        assertEquals(0, t.summary().blankRows());
    }

    @Test
    void aRegionColumnSilencesTheRegionWarningAndFillsTheAccount() throws Exception {
        CustomerFile f = CustomerFile.serverless().addColumn("region", "Region").account("A-1", "region", "EMEA")
                .account("A-2");
        Transformed t = run(f);
        assertTrue(t.issues(IssueCode.REGION_MISSING).isEmpty(), () -> t.preview().issues().toString());
        assertEquals("EMEA", t.row("A-1").account().region());
        assertEquals("Unknown", t.row("A-2").account().region());
    }

    @Test
    void withoutARegionColumnTheSeedsWarningComesOnce() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("A-1").account("A-2").account("A-3"));
        DataIssue issue = t.single(IssueCode.REGION_MISSING);
        assertNull(issue.row());
    }

    @Test
    void theTemplatesExampleRowIsSkippedAndMentioned() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("EXAMPLE-001").account("A-1"));
        DataIssue issue = t.single(IssueCode.TEMPLATE_EXAMPLE_ROW);
        assertEquals(Severity.WARNING, issue.severity());
        assertEquals(2, issue.row());
        assertEquals(1, t.preview().dataRows());
        assertEquals(1, t.preview().accounts());
        assertEquals("A-1", t.preview().firstRows().getFirst().account().externalAccountId());
    }

    @Test
    void aFileHoldingOnlyTheExampleRowHasNoDataRows() throws Exception {
        Transformed t = run(CustomerFile.serverless().account("example-001"));
        assertEquals(1, t.issues(IssueCode.TEMPLATE_EXAMPLE_ROW).size());
        assertEquals(Severity.ERROR, t.single(IssueCode.NO_DATA_ROWS).severity());
        assertEquals(0, t.preview().accounts());
    }

    @Test
    void aHeaderOnlyTableIsAnError() throws Exception {
        Transformed t = run(CustomerFile.serverless());
        DataIssue issue = t.single(IssueCode.NO_DATA_ROWS);
        assertEquals(Severity.ERROR, issue.severity());
        assertEquals(0, t.preview().accounts());
    }

    @Test
    void rowNumbersFollowTheHeaderBelowTitleRows() throws Exception {
        CustomerFile f = CustomerFile.serverless().titleRows("Export", "by Billing", "2024").account("A-1")
                .account("A-2", "daily_invocations", "lots");
        Transformed t = run(f);
        assertEquals(4, t.preview().analysis().layout().headerRow());
        assertEquals(6, t.single(IssueCode.INVALID_NUMBER).row());
        assertEquals(5, t.row("A-1").sourceRow());
        assertEquals(2, t.preview().accounts());
    }
}
