package org.csm.onboarding.service;

import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.RawCell;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.read.TableReaders;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// "Download rejected rows": the rows an import leaves out (rows in error, repeated ids not
/// kept), exactly as the file has them, plus the row number and the reason, so the CSM can fix
/// them in the source and import them again. Written through [TableExport], so a cell that a
/// spreadsheet would run as a formula is neutralised.
public final class RejectedRows {

    private RejectedRows() {
    }

    /// Reasons by row number, in file order; several problems on one row are joined.
    public static Map<Integer, String> reasons(PreviewResult preview) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        int header = preview.analysis().layout().headerRow();
        for (DataIssue i : preview.issues()) {
            boolean rejected = i.severity() == Severity.ERROR || i.code() == IssueCode.DUPLICATE_ROW_SKIPPED;
            if (rejected && i.row() != null && i.row() > header) {
                reasons.merge(i.row(), i.message(), (a, b) -> a + " " + b);
            }
        }
        return reasons;
    }

    /// Writes the rejected rows to `target` (.csv or .xlsx); returns how many were written.
    public static int write(PreviewResult preview, Path target) throws IOException, FileRefusedException {
        Map<Integer, String> reasons = reasons(preview);
        FileAnalysis analysis = preview.analysis();
        List<String> headers = new ArrayList<>(List.of("row"));
        analysis.layout().headers().forEach(h -> headers.add(h == null ? "" : h));
        headers.add("reason");
        List<List<Object>> rows = new ArrayList<>();
        try (TableReader reader = analysis.open()) {
            reader.read(analysis.layout().sheet(), row -> {
                String reason = reasons.get(row.rowNumber());
                if (reason != null) {
                    List<Object> out = new ArrayList<>();
                    out.add(row.rowNumber());
                    for (int c = 0; c < analysis.layout().headers().size(); c++) {
                        RawCell cell = row.cell(c);
                        out.add(cell.text());
                    }
                    out.add(reason);
                    rows.add(out);
                }
                return true;
            });
        }
        TableExport.write(target, List.of(new TableExport.Table("Rejected rows", headers, rows)));
        return rows.size();
    }
}
