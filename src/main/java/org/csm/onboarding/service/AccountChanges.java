package org.csm.onboarding.service;

import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.store.AccountRepository;
import org.csm.onboarding.store.StoredAccount;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// What an import does to the workspace's current accounts: how many of the file's accounts are
/// new, how many replace a stored account with different values, and how many are the same as
/// stored. A re-import then says "updates 35" instead of "creates 35".
public record AccountChanges(int created, int updated, int unchanged) {

    public static final AccountChanges NONE = new AccountChanges(0, 0, 0);

    /// Compares each account the import keeps with `current` (the workspace's snapshot, empty
    /// for a new workspace). Ids match as the store upserts them: exactly as written.
    static final class Counter {
        private final AccountTable current;
        private int created;
        private int updated;
        private int unchanged;

        Counter(AccountTable current) {
            this.current = current == null ? AccountTable.empty() : current;
        }

        void add(AccountRow row) {
            String id = row.account().externalAccountId();
            int at = id == null ? -1 : current.indexOf(id);
            if (at < 0) {
                created++;
            } else if (same(AccountRepository.stored(current, at), row)) {
                unchanged++;
            } else {
                updated++;
            }
        }

        AccountChanges result() {
            return new AccountChanges(created, updated, unchanged);
        }

        private static boolean same(StoredAccount stored, AccountRow row) {
            return stored.account().equals(row.account()) && Objects.equals(stored.profile(), row.profile())
                    && values(stored.kpis()).equals(values(row.kpis()));
        }

        /// KPI key -> value and label; the stored order is the table's column order, the row's the catalogue's.
        private static Map<String, List<Object>> values(List<KpiRecord> kpis) {
            Map<String, List<Object>> values = new HashMap<>();
            for (KpiRecord k : kpis) {
                values.put(k.kpiKey(), java.util.Arrays.asList(k.value(), k.label()));
            }
            return values;
        }
    }
}
