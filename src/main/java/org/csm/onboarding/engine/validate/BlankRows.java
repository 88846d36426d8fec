package org.csm.onboarding.engine.validate;

import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Blank rows inside the table are skipped; the CSM is told once, with the first row numbers,
/// rather than once per row. Blank rows after the last data row are trailing formatting and not reported.
public final class BlankRows {

    private static final int ROWS_LISTED = 10;

    private final List<Integer> pending = new ArrayList<>();
    private final List<Integer> listed = new ArrayList<>();
    private int count;

    public void blank(int row) {
        pending.add(row);
    }

    /// A data row follows, so the blank rows seen since the last one were inside the table.
    public void data() {
        for (Integer row : pending) {
            count++;
            if (listed.size() < ROWS_LISTED) {
                listed.add(row);
            }
        }
        pending.clear();
    }

    public int count() {
        return count;
    }

    public Optional<DataIssue> issue(String sheet) {
        if (count == 0) {
            return Optional.empty();
        }
        String rows = listed.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                + (count > listed.size() ? " and " + (count - listed.size()) + " more" : "");
        return Optional.of(DataIssue.warning(sheet, listed.getFirst(), null, IssueCode.BLANK_ROWS_SKIPPED,
                count + (count == 1 ? " blank row was" : " blank rows were") + " skipped inside the table (row" + (count == 1 ? " " : "s ") + rows + ")."));
    }
}
