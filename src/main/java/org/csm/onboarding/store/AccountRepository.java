package org.csm.onboarding.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;
import org.csm.onboarding.model.table.AccountTable;

/// A workspace's current accounts: the snapshot of its newest live import (see
/// [SnapshotRepository]), read as a columnar [AccountTable] or as the seed's records
/// ([StoredAccount]) for views, explain and export. An import writes through an
/// [AccountWriter], which upserts by external id into a new snapshot.
public final class AccountRepository {

    private final SnapshotRepository snapshots = new SnapshotRepository();

    /// The import's writer, saved automatically before reads and at commit; closing it saves
    /// early. One writer per import.
    public AccountWriter writer(Tx tx, long workspaceId, long importId) throws SQLException {
        return tx.writer(new WriterKey(workspaceId, importId),
                () -> new AccountWriter(tx, workspaceId, importId, snapshots.currentId(tx, workspaceId).orElse(-1L)));
    }

    /// Same as `writer(tx, workspaceId, importId).write(...)`.
    public void upsert(Tx tx, long workspaceId, long importId, Account account, ProfileMetadata profile,
                       List<KpiRecord> kpis) throws SQLException {
        writer(tx, workspaceId, importId).write(account, profile, kpis);
    }

    /// Saves pending writes now (reads and commit do it anyway).
    public void flush(Tx tx) throws SQLException {
        tx.flushWriters();
    }

    /// The workspace's current accounts as columns (empty before its first import).
    public AccountTable table(Tx tx, long workspaceId) throws SQLException {
        return snapshots.current(tx, workspaceId);
    }

    public int countCurrent(Tx tx, long workspaceId) throws SQLException {
        return table(tx, workspaceId).size();
    }

    public int countCurrentKpis(Tx tx, long workspaceId) throws SQLException {
        return table(tx, workspaceId).kpiRecordCount();
    }

    /// The current accounts ordered by external id.
    public void forEachCurrent(Tx tx, long workspaceId, Consumer<StoredAccount> consumer) throws SQLException {
        AccountTable table = table(tx, workspaceId);
        for (int row : table.sortedRows()) {
            consumer.accept(stored(table, row));
        }
    }

    public Optional<StoredAccount> findCurrent(Tx tx, long workspaceId, String externalId) throws SQLException {
        AccountTable table = table(tx, workspaceId);
        int row = table.indexOf(externalId);
        return row < 0 ? Optional.empty() : Optional.of(stored(table, row));
    }

    /// Row `row` of `table` as the seed's records.
    public static StoredAccount stored(AccountTable table, int row) {
        return new StoredAccount(table.account(row), table.profile(row), table.kpis(row));
    }

    private record WriterKey(long workspaceId, long importId) {
    }
}
