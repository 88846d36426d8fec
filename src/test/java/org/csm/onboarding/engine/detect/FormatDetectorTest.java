package org.csm.onboarding.engine.detect;

import org.csm.onboarding.engine.template.StandardTemplate;
import org.csm.onboarding.testdata.CustomerFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatDetectorTest {

    /// The seed's 21 columns as a Title Case export writes them, units included.
    static final List<String> TITLE_CASE = List.of("Customer ID", "Company Name", "Signup Date", "Monthly Spend ($)",
            "Contract Value Annual ($)", "Customer Segment", "CSM Assigned", "Daily Invocations", "Invocations 30d",
            "Avg Execution Time Sec", "Cold Start %", "P95 Latency ms", "Error Rate %",
            "Invocation Velocity Change %", "Days Since Last Invocation", "Health Score", "Churn Risk",
            "Expansion Potential", "Industry", "Use Case", "GPU Type Primary");

    @Test
    void theSeedsColumnsAreTheServerlessExport() {
        assertEquals(FileFormat.DATA_CENTER_SERVERLESS, FormatDetector.detect(CustomerFile.SERVERLESS_HEADERS));
        assertEquals("data_center_serverless", FileFormat.DATA_CENTER_SERVERLESS.code());
    }

    @Test
    void columnOrderDoesNotMatter() {
        List<String> shuffled = new ArrayList<>(CustomerFile.SERVERLESS_HEADERS);
        Collections.shuffle(shuffled, new Random(7));
        Collections.reverse(shuffled);
        assertEquals(FileFormat.DATA_CENTER_SERVERLESS, FormatDetector.detect(shuffled));
    }

    @Test
    void titleCaseWithUnitsIsStillTheServerlessExport() {
        assertEquals(FileFormat.DATA_CENTER_SERVERLESS, FormatDetector.detect(TITLE_CASE));
    }

    /// Units in brackets, as a BI tool exports them: "P95 Latency (ms)", "Cold Start (%)".
    static final List<String> TITLE_CASE_BRACKETED_UNITS = List.of("Customer ID", "Company Name", "Signup Date",
            "Monthly Spend ($)", "Contract Value Annual ($)", "Customer Segment", "CSM Assigned", "Daily Invocations",
            "Invocations 30d", "Avg Execution Time (sec)", "Cold Start (%)", "P95 Latency (ms)", "Error Rate (%)",
            "Invocation Velocity Change (%)", "Days Since Last Invocation", "Health Score", "Churn Risk",
            "Expansion Potential", "Industry", "Use Case", "GPU Type Primary");

    @Test
    void titleCaseWithBracketedUnitsIsStillTheServerlessExport() {
        assertEquals(FileFormat.DATA_CENTER_SERVERLESS, FormatDetector.detect(TITLE_CASE_BRACKETED_UNITS));
    }

    @Test
    void extraColumnsDoNotMatter() {
        List<String> more = new ArrayList<>(CustomerFile.SERVERLESS_HEADERS);
        more.add(5, "region");
        more.add("notes");
        assertEquals(FileFormat.DATA_CENTER_SERVERLESS, FormatDetector.detect(more));
    }

    @Test
    void oneMissingColumnIsNotTheServerlessExport() {
        List<String> fewer = new ArrayList<>(CustomerFile.SERVERLESS_HEADERS);
        fewer.remove("gpu_type_primary");
        assertEquals(FileFormat.UNKNOWN, FormatDetector.detect(fewer));
    }

    @Test
    void theTemplatesHeadersAreTheStandardTemplate() {
        assertEquals(FileFormat.STANDARD_TEMPLATE, FormatDetector.detect(StandardTemplate.headers()));
        List<String> reordered = new ArrayList<>(StandardTemplate.headers());
        Collections.reverse(reordered);
        assertEquals(FileFormat.STANDARD_TEMPLATE, FormatDetector.detect(reordered));
    }

    @Test
    void anythingElseIsUnknown() {
        assertEquals(FileFormat.UNKNOWN, FormatDetector.detect(List.of("foo", "bar")));
        assertEquals(FileFormat.UNKNOWN, FormatDetector.detect(List.of("customer_id", "company_name", "monthly_spend")));
        assertEquals(FileFormat.UNKNOWN, FormatDetector.detect(List.of()));
        assertEquals("unknown", FileFormat.UNKNOWN.code());
    }
}
