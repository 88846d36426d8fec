package org.csm.onboarding.store;

import java.sql.SQLException;
import java.util.List;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.AccountTableBuilder;

/// Collects one import's accounts in memory as columns; get one from [AccountRepository#writer].
/// Saving ([#flush], run before any read through the same [Tx] and at commit) merges them by
/// external id into the workspace's current accounts and stores the result as the import's
/// snapshot; a later save in the same transaction replaces that snapshot. The latest write of
/// an external id wins.
public final class AccountWriter extends BatchWriter {

    private final long workspaceId;
    private final long importId;
    private final SnapshotRepository snapshots = new SnapshotRepository();
    private final ImportRepository imports = new ImportRepository();
    private AccountTableBuilder builder = new AccountTableBuilder();
    // This import's accounts saved so far; later writes are merged over them at the next save.
    private AccountTable saved = AccountTable.empty();
    /// The workspace's current snapshot the import merges into (-1: none).
    private final long baseSnapshot;
    private int written;
    private int kpisWritten;
    private long savedSnapshot = -1;
    private boolean dirty;

    /// `currentSnapshot` is the workspace's current snapshot (-1: none), the only table the
    /// import may need besides the one it builds.
    AccountWriter(Tx tx, long workspaceId, long importId, long currentSnapshot) {
        super(tx);
        tx.cache().retainOnly(currentSnapshot);
        this.baseSnapshot = currentSnapshot;
        this.workspaceId = workspaceId;
        this.importId = importId;
    }

    /// Adds one account; `profile` may be null.
    public void write(Account account, ProfileMetadata profile, List<KpiRecord> kpis) {
        String externalId = account.externalAccountId();
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("An account needs an external account id to be stored.");
        }
        builder.add(account, profile, kpis);
        written++;
        kpisWritten += kpis.size();
        dirty = true;
    }

    /// Accounts written through this writer so far.
    @Override
    public int written() {
        return written;
    }

    /// KPI records written through this writer so far.
    public int kpisWritten() {
        return kpisWritten;
    }

    /// Stores the accounts written so far as the import's snapshot (still inside the transaction).
    @Override
    public void flush() throws SQLException {
        if (!dirty) {
            return;
        }
        // Cleared first: the reads below flush the transaction's writers, this one included.
        dirty = false;
        saved = AccountTable.merge(saved, builder.build());
        builder = new AccountTableBuilder();
        AccountTable merged = snapshots.merged(tx(), baseSnapshot, saved);
        if (savedSnapshot >= 0) {
            snapshots.delete(tx(), savedSnapshot);
        }
        savedSnapshot = snapshots.save(tx(), workspaceId, merged);
        imports.attach(tx(), importId, savedSnapshot);
        snapshots.prune(tx(), workspaceId);
    }
}
