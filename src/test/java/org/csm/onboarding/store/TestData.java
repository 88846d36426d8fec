package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;

/// Builders for accounts as the transform step produces them, and a one-call import.
final class TestData {

    static final AccountRepository ACCOUNTS = new AccountRepository();
    static final ImportRepository IMPORTS = new ImportRepository();
    static final WorkspaceRepository WORKSPACES = new WorkspaceRepository();

    private TestData() {
    }

    static Account account(String id, double revenue) {
        return new Account(id, "Company " + id, revenue, "Technology", "EMEA", "Active", "Enterprise", "Ann Lee");
    }

    static ProfileMetadata profile(Account account) {
        return new ProfileMetadata(account.externalAccountId(), "Technology", "Inference", "A100",
                LocalDate.of(2024, 1, 15), "Enterprise");
    }

    /// All 13 catalogue KPIs; numbers derive from `base` so changed values are visible.
    static List<KpiRecord> kpis(Account account, double base) {
        var records = new ArrayList<KpiRecord>();
        List<KpiDefinition> definitions = KpiCatalog.standard().kpis();
        for (int i = 0; i < definitions.size(); i++) {
            KpiDefinition kpi = definitions.get(i);
            String label = kpi.isText() ? kpi.labels().get(i % 3).label() : null;
            double value = kpi.isText() ? kpi.labels().get(i % 3).storedValue() : base + i;
            records.add(new KpiRecord(account.externalAccountId(), account.accountName(), kpi.key(), kpi.name(),
                    kpi.category(), kpi.impact(), kpi.frequency(), value, label));
        }
        return records;
    }

    static long workspace(Store store, String name) throws StoreException {
        return store.transaction(tx -> WORKSPACES.getOrCreate(tx, name).id());
    }

    /// Imports accounts with ids `ids` and revenue `revenue`, in one transaction.
    static long importAccounts(Store store, long workspaceId, String fileName, double revenue, String... ids)
            throws StoreException {
        return store.transaction(tx -> {
            long importId = IMPORTS.start(tx, workspaceId, fileName, "sha-" + fileName, "Sheet1", "xlsx");
            write(tx, workspaceId, importId, revenue, ids);
            IMPORTS.finish(tx, importId, ids.length, ids.length * 13, 0, 0);
            return importId;
        });
    }

    static void write(Tx tx, long workspaceId, long importId, double revenue, String... ids) throws SQLException {
        for (String id : ids) {
            Account account = account(id, revenue);
            ACCOUNTS.upsert(tx, workspaceId, importId, account, profile(account), kpis(account, revenue));
        }
    }

    static int countCurrent(Store store, long workspaceId) throws StoreException {
        return store.transaction(tx -> ACCOUNTS.countCurrent(tx, workspaceId));
    }

    static int countCurrentKpis(Store store, long workspaceId) throws StoreException {
        return store.transaction(tx -> ACCOUNTS.countCurrentKpis(tx, workspaceId));
    }

    static String[] ids(String prefix, int count) {
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = String.format("%s-%06d", prefix, i);
        }
        return ids;
    }

    static List<StoredAccount> current(Store store, long workspaceId) throws StoreException {
        return store.transaction(tx -> {
            var all = new ArrayList<StoredAccount>();
            ACCOUNTS.forEachCurrent(tx, workspaceId, all::add);
            return all;
        });
    }

    /// Every row of a table, superseded or not: "exactly the previous state" includes history.
    static long rows(Store store, String table) throws StoreException {
        return store.transaction(tx -> {
            try (PreparedStatement query = tx.connection().prepareStatement("SELECT COUNT(*) FROM " + table);
                 ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
