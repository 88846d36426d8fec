package org.csm.onboarding.service;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.testdata.CustomerFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RejectedRowsTest {

    @TempDir
    Path dir;

    @Test
    void rowsInErrorAreWrittenAsTheFileHasThemWithRowAndReasonAndNoFormulaRuns() throws Exception {
        Path file = CustomerFile.serverless().account("A-1").account("A-2", "company_name", null)
                .account("=HYPERLINK(\"x\")", "company_name", null).account("A-4", "daily_invocations", "abc")
                .writeCsv(dir, "bad.csv", ',', StandardCharsets.UTF_8);
        var service = new OnboardingService(null);
        PreviewResult p = service.preview(service.analyze(file, null), OnboardingConfig.defaults(), Progress.NONE);
        Path out = dir.resolve("rejected.csv");
        assertEquals(2, RejectedRows.write(p, out));
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("row,customer_id,company_name") && lines.get(0).endsWith(",reason"), lines.get(0));
        assertTrue(lines.get(1).startsWith("3,A-2,,") && lines.get(1).contains("Company name is empty"), lines.get(1));
        // The id a spreadsheet would run as a formula is written as text.
        assertTrue(lines.get(2).startsWith("4,\"'=HYPERLINK"), lines.get(2));
        // A bad KPI cell is a warning: that account is imported, so its row is not rejected.
        assertTrue(lines.stream().noneMatch(l -> l.contains("A-4")));
    }
}
