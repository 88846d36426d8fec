package org.csm.onboarding.model.table;

/// Upserts by external id: the base's accounts that `update` does not have, in their order,
/// then `update`'s (the latest write wins). The base may come part by part (a stored
/// snapshot's segments), so a million stored accounts need not be in memory beside the merged
/// ones; when `update` replaces every base account the result is `update` itself, no copy.
public final class TableMerge {

    private final AccountTable update;
    private final AccountTableBuilder kept = new AccountTableBuilder();

    public TableMerge(AccountTable update) {
        this.update = update;
    }

    /// Keeps the rows of `part` (the next part of the base) whose id `update` does not have.
    public TableMerge addBase(AccountTable part) {
        for (int row = 0; row < part.size(); row++) {
            if (update.size() == 0 || update.index().find(part.ids().utf8(row), part.ids().hash(row)) < 0) {
                kept.addRow(part, row);
            }
        }
        return this;
    }

    public AccountTable result() {
        return kept.size() == 0 ? update : kept.addAll(update).build();
    }
}
