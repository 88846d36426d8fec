package org.csm.onboarding.service;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.detect.FileFormat;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.testdata.CustomerFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// CSV exports end to end through OnboardingService.preview.
class CsvPreviewTest {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private static PreviewResult preview(Path file) throws Exception {
        var service = new OnboardingService(null);
        return service.preview(service.analyze(file, null), OnboardingConfig.defaults(), Progress.NONE);
    }

    private static double kpi(AccountRow row, String key) {
        return row.kpis().stream().filter(k -> k.kpiKey().equals(key)).mapToDouble(KpiRecord::value).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + row.kpis()));
    }

    @Test
    void semicolonWindows1252WithDecimalCommasAndTitleCaseHeaders() throws Exception {
        String csv = String.join("\r\n",
                "Customer ID;Company Name;Monthly Spend ($);Contract Value Annual ($);Daily Invocations;Cold Start %;"
                        + "Error Rate %;Avg Execution Time Sec;Health Score;Churn Risk;Expansion Potential;Signup Date;Industry",
                "SRVL-3007;Société Générale AI;19.790,08;237.480,95;2.208;21,0;13,45;290,9;4;High;Low;15.03.2024;Finanzdienstleistungen",
                "SRVL-3008;Müller & Søn GmbH;1.386,50;16631;956;47,8;1,21;152,4;58;Low;Medium;2023-01-02;Einzelhandel",
                "");
        Path file = Files.write(dir.resolve("export.csv"), csv.getBytes(WINDOWS_1252));
        PreviewResult p = preview(file);

        assertEquals("csv", p.analysis().fileType());
        assertEquals(1, p.analysis().layout().headerRow());
        assertEquals("Customer ID", p.analysis().mapping().header(Field.CUSTOMER_ID).orElseThrow());
        assertEquals("Monthly Spend ($)", p.analysis().mapping().header(Field.MONTHLY_SPEND).orElseThrow());
        assertEquals("Cold Start %", p.analysis().mapping().header(Field.COLD_START_PCT).orElseThrow());
        assertEquals(0, p.errorCount(), () -> p.issues().toString());
        assertEquals(2, p.accounts());
        assertEquals(2 * 9, p.kpiRecords()); // nine KPI columns in this export

        AccountRow first = p.firstRows().getFirst();
        assertEquals("SRVL-3007", first.account().externalAccountId());
        assertEquals("Société Générale AI", first.account().accountName());
        assertEquals(19790.08, kpi(first, "monthly_spend"), 1e-9);
        assertEquals(237480.95, kpi(first, "contract_value_annual"), 1e-9);
        assertEquals(237480.95, first.account().revenue(), 1e-9);
        assertEquals(2208, kpi(first, "daily_invocations"), 1e-9);
        assertEquals(21.0, kpi(first, "cold_start_pct"), 1e-9);
        assertEquals(13.45, kpi(first, "error_rate_pct"), 1e-9);
        assertEquals(290.9, kpi(first, "avg_execution_time_sec"), 1e-9);
        assertEquals(LocalDate.of(2024, 3, 15), first.profile().signupDate());

        AccountRow second = p.firstRows().get(1);
        assertEquals("Müller & Søn GmbH", second.account().accountName());
        assertEquals(1386.50, kpi(second, "monthly_spend"), 1e-9);
        assertEquals(16631, kpi(second, "contract_value_annual"), 1e-9);
        assertEquals(1.21, kpi(second, "error_rate_pct"), 1e-9);
        assertEquals(3, second.sourceRow());
    }

    @Test
    void aQuotedCompanyNameWithANewlineIsOneRecordAndRowNumbersCountRecords() throws Exception {
        CustomerFile f = CustomerFile.serverless()
                .account("A-1", "company_name", "Elastic\nAI Corp", "signup_date", "2024-03-15")
                .account("A-2", "signup_date", "2024-03-15")
                .account("A-3", "signup_date", "2024-03-15", "daily_invocations", "abc");
        Path file = f.writeCsv(dir, "multiline.csv", ',', StandardCharsets.UTF_8);
        assertTrue(Files.readAllLines(file).size() > 4, "the file really spans an extra line");
        PreviewResult p = preview(file);
        assertEquals(FileFormat.DATA_CENTER_SERVERLESS, p.analysis().format());
        assertEquals(3, p.dataRows());
        assertEquals(3, p.accounts());
        assertEquals("Elastic\nAI Corp", p.firstRows().getFirst().account().accountName());
        assertEquals(List.of(2, 3, 4), p.firstRows().stream().map(AccountRow::sourceRow).toList());
        DataIssue bad = p.issues().stream().filter(i -> i.code() == IssueCode.INVALID_NUMBER).findFirst().orElseThrow();
        assertEquals(4, bad.row());
        assertEquals("daily_invocations", bad.column());
    }

    @Test
    void aCommaCsvWithTheSeedsHeadersReadsLikeTheWorkbook() throws Exception {
        Path file = CustomerFile.serverless().account("A-1", "signup_date", "2023-05-10", "monthly_spend", "$19,790.08")
                .writeCsv(dir, "plain.csv", ',', StandardCharsets.UTF_8);
        PreviewResult p = preview(file);
        assertEquals(0, p.errorCount(), () -> p.issues().toString());
        assertEquals(1, p.accounts());
        assertEquals(13, p.kpiRecords());
        assertEquals(19790.08, kpi(p.firstRows().getFirst(), "monthly_spend"), 1e-9);
        assertEquals(-67.7, kpi(p.firstRows().getFirst(), "invocation_velocity_change_pct"), 1e-9);
    }
}
