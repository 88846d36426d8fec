package org.csm.onboarding.ui.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.table.StringColumn;
import org.csm.onboarding.service.AccountRows;
import org.csm.onboarding.ui.common.UiContext;

/// Each account's band before a change of weights or ranges, and what the change did to them in
/// words (the dashboard's banner). Holds the ids and one byte per account, not the dashboard's
/// rows: while the weights and ranges steps show, the old scores and KPIs would otherwise stay
/// in memory beside the accounts the steps read. The comparison runs off the FX thread.
final class BandChanges {

    private static final int MAX_LISTED = 8;
    private static final HealthStatus[] STATUSES = HealthStatus.values();

    private final StringColumn ids;
    private final byte[] statuses;

    private BandChanges(StringColumn ids, byte[] statuses) {
        this.ids = ids;
        this.statuses = statuses;
    }

    static BandChanges before(AccountRows rows) {
        byte[] statuses = new byte[rows.size()];
        for (int r = 0; r < statuses.length; r++) {
            statuses[r] = (byte) rows.status(r).ordinal();
        }
        return new BandChanges(rows.ids(), statuses);
    }

    /// The accounts whose band changed (by id), the first few named.
    String describe(UiContext ctx, AccountRows after) {
        // A rescore keeps the rows where they were: then row r is the same account before and after.
        boolean sameRows = ids.contentEquals(after.ids());
        Map<String, Integer> byId = sameRows ? Map.of() : index();
        List<String> moved = new ArrayList<>();
        int count = 0;
        for (int r : after.byId()) {
            Integer old = sameRows ? Integer.valueOf(r) : byId.get(after.externalId(r));
            if (old == null || STATUSES[statuses[old]] == after.status(r)) {
                continue;
            }
            count++;
            if (moved.size() < MAX_LISTED) {
                moved.add(ctx.text("dashboard.changes.item", after.name(r), ctx.text("status." + STATUSES[statuses[old]].code()),
                        ctx.text("status." + after.status(r).code())));
            }
        }
        if (count == 0) {
            return ctx.text("dashboard.changes.none");
        }
        // A long list would push the accounts off screen: name the first few, count the rest.
        String listed = String.join("; ", moved);
        if (count > MAX_LISTED) {
            listed += "; " + ctx.text("dashboard.changes.more", count - MAX_LISTED);
        }
        return ctx.text("dashboard.changes", count, listed);
    }

    private Map<String, Integer> index() {
        Map<String, Integer> rows = new HashMap<>();
        for (int r = 0; r < ids.size(); r++) {
            rows.put(ids.get(r), r);
        }
        return rows;
    }
}
