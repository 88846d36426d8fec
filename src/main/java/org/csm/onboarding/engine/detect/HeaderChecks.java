package org.csm.onboarding.engine.detect;

import org.csm.onboarding.engine.read.SheetRow;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Checks a header row as a CSM would: two columns with the same name (only the first is read)
/// and values under a column without a name (they cannot be mapped, so they are not imported).
final class HeaderChecks {

    private HeaderChecks() {
    }

    /// `rows` are the first rows of the sheet, the header among them.
    static List<DataIssue> check(String sheet, int headerRow, List<String> headers, List<SheetRow> rows) {
        List<DataIssue> issues = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int col = 0; col < headers.size(); col++) {
            String header = headers.get(col);
            if (header.isEmpty()) {
                if (hasValuesBelow(rows, headerRow, col)) {
                    issues.add(DataIssue.warning(sheet, headerRow, null, IssueCode.BLANK_HEADER, "Column "
                            + letters(col) + " has values but no header, so they cannot be mapped and are not imported."));
                }
                continue;
            }
            Integer earlier = first.putIfAbsent(header.toLowerCase(Locale.ROOT), col);
            if (earlier != null) {
                issues.add(DataIssue.warning(sheet, headerRow, header, IssueCode.DUPLICATE_HEADER, "Columns "
                        + letters(earlier) + " and " + letters(col) + " are both named \"" + header
                        + "\": only column " + letters(earlier) + " is read. Rename one of them if both matter."));
            }
        }
        return issues;
    }

    private static boolean hasValuesBelow(List<SheetRow> rows, int headerRow, int col) {
        return rows.stream().anyMatch(r -> r.rowNumber() > headerRow && !r.cell(col).isBlank());
    }

    /// 0 -> "A", 27 -> "AB".
    static String letters(int col) {
        StringBuilder s = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
