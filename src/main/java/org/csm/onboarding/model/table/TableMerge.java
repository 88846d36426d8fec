package org.csm.onboarding.model.table;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/// Upserts by external id: the base's accounts that `update` does not have, in their order,
/// then `update`'s (the latest write wins). The base may come part by part (a stored
/// snapshot's segments), so a million stored accounts need not be in memory beside the merged
/// ones; when `update` replaces every base account the result is `update` itself, no copy.
///
/// On the way it counts what the update does to the base ([#changes()]): an import learns
/// "N new, N updated, N unchanged" here without holding the stored accounts beside the ones
/// it reads.
public final class TableMerge {

    /// The update's accounts that are new, that replace a base account with other values, and
    /// that equal the base account they replace.
    public record Changes(int created, int updated, int unchanged) {
    }

    private final AccountTable update;
    private final AccountTableBuilder kept = new AccountTableBuilder();
    private int updated;
    private int unchanged;

    public TableMerge(AccountTable update) {
        this.update = update;
    }

    /// Keeps the rows of `part` (the next part of the base) whose id `update` does not have.
    public TableMerge addBase(AccountTable part) {
        KpiColumn[] counterpart = counterparts(part);
        for (int row = 0; row < part.size(); row++) {
            int at = update.size() == 0 ? -1 : update.index().find(part.ids().utf8(row), part.ids().hash(row));
            if (at < 0) {
                kept.addRow(part, row);
            } else if (same(part, row, counterpart, at)) {
                unchanged++;
            } else {
                updated++;
            }
        }
        return this;
    }

    /// The accounts merged over the base.
    public AccountTable update() {
        return update;
    }

    public AccountTable result() {
        return kept.size() == 0 ? update : kept.addAll(update).build();
    }

    /// What the update does to the base parts added so far.
    public Changes changes() {
        return new Changes(update.size() - updated - unchanged, updated, unchanged);
    }

    /// `update`'s column for each of `part`'s KPI columns (null where it has none).
    private KpiColumn[] counterparts(AccountTable part) {
        Map<String, KpiColumn> byKey = new HashMap<>();
        update.kpiColumns().forEach(c -> byKey.put(c.key(), c));
        return part.kpiColumns().stream().map(c -> byKey.get(c.key())).toArray(KpiColumn[]::new);
    }

    /// Whether base row `b` of `part` holds what update row `u` holds: name, revenue, every text
    /// and profile field, and exactly the same KPI values and labels.
    private boolean same(AccountTable part, int b, KpiColumn[] counterpart, int u) {
        if (!Objects.equals(part.name(b), update.name(u))
                || Double.doubleToLongBits(part.revenue()[b]) != Double.doubleToLongBits(update.revenue()[u])
                || part.hasProfile(b) != update.hasProfile(u) || part.signupDays()[b] != update.signupDays()[u]) {
            return false;
        }
        for (AccountTable.Text text : AccountTable.Text.values()) {
            if (!Objects.equals(part.text(text).get(b), update.text(text).get(u))) {
                return false;
            }
        }
        int present = 0;
        for (int c = 0; c < counterpart.length; c++) {
            KpiColumn mine = part.kpiColumns().get(c);
            if (!mine.present(b)) {
                continue;
            }
            present++;
            KpiColumn theirs = counterpart[c];
            if (theirs == null || !theirs.present(u)
                    || Double.doubleToLongBits(mine.value(b)) != Double.doubleToLongBits(theirs.value(u))
                    || !Objects.equals(mine.label(b), theirs.label(u))) {
                return false;
            }
        }
        for (KpiColumn theirs : update.kpiColumns()) {
            if (theirs.present(u)) {
                present--;
            }
        }
        return present == 0;
    }
}
