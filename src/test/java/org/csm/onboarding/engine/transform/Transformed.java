package org.csm.onboarding.engine.transform;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.read.TableReaders;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.service.PreviewResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// A file run through analysis (automatic mapping), the whole-file preview and, for per-row
/// detail, TableTransformer with every row kept.
record Transformed(PreviewResult preview, List<AccountRow> rows, TableTransformer.Summary summary) {

    static Transformed of(Path file) throws Exception {
        var service = new OnboardingService(null);
        FileAnalysis analysis = service.analyze(file, null);
        PreviewResult preview = service.preview(analysis, OnboardingConfig.defaults(), Progress.NONE);
        List<AccountRow> rows = new ArrayList<>();
        TableTransformer.Summary summary;
        try (TableReader reader = TableReaders.open(file)) {
            summary = TableTransformer.run(reader, analysis.layout(), analysis.mapping(), KpiCatalog.standard(),
                    Progress.NONE, rows::add);
        }
        return new Transformed(preview, rows, summary);
    }

    List<DataIssue> issues(IssueCode code) {
        return preview.issues().stream().filter(i -> i.code() == code).toList();
    }

    DataIssue single(IssueCode code) {
        List<DataIssue> found = issues(code);
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + code + " but got " + found + "\nall issues: " + preview.issues());
        }
        return found.getFirst();
    }

    AccountRow row(String id) {
        return rows.stream().filter(r -> id.equals(r.account().externalAccountId())).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + id));
    }

    AccountRow atExcelRow(int excelRow) {
        return rows.stream().filter(r -> r.sourceRow() == excelRow).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + excelRow));
    }

    static Optional<KpiRecord> kpi(AccountRow row, String key) {
        return row.kpis().stream().filter(k -> k.kpiKey().equals(key)).findFirst();
    }
}
