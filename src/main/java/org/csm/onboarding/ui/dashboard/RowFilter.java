package org.csm.onboarding.ui.dashboard;

import java.util.Arrays;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.service.AccountRows;

/// The accounts table's filters as they were when a change asked for new rows: a status (or At
/// Risk and Critical together), a segment, a CSM and the search text. Taken on the FX thread,
/// applied off it.
record RowFilter(HealthStatus status, boolean atRiskOrCritical, String segment, String csm, String search) {

    /// How many rows are tested between two looks at whether a newer request superseded this one.
    private static final int CHECK_EVERY = 1 << 15;

    boolean isEmpty() {
        return status == null && !atRiskOrCritical && segment == null && csm == null
                && (search == null || search.isBlank());
    }

    /// The rows of `order` that pass, in that order.
    int[] apply(AccountRows rows, int[] order, Progress progress) {
        NameSearch text = new NameSearch(rows, search);
        int[] kept = new int[order.length];
        int n = 0;
        for (int i = 0; i < order.length; i++) {
            if ((i & (CHECK_EVERY - 1)) == 0) {
                progress.checkCancelled();
            }
            int row = order[i];
            HealthStatus s = rows.status(row);
            if ((status == null || s == status) && (!atRiskOrCritical || DashboardFigures.atRiskOrCritical(s))
                    && (segment == null || segment.equals(rows.segments().get(row)))
                    && (csm == null || csm.equals(rows.csms().get(row)))
                    && text.matches(row)) {
                kept[n++] = row;
            }
        }
        return Arrays.copyOf(kept, n);
    }
}
