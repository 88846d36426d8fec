package org.csm.onboarding.service;

import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.AccountTable.Text;
import org.csm.onboarding.model.table.KpiColumn;

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
    ///
    /// The comparison reads the table's columns in place: a stored account is the same when its
    /// [Account], profile and KPI values (key -> value and label) equal the row's, as the records
    /// [org.csm.onboarding.store.AccountRepository#stored] builds would, without building them
    /// (at a million accounts those records and their maps were most of a re-import's counting).
    static final class Counter {
        private final AccountTable current;
        private final KpiColumn[] columns;
        private final Map<String, Integer> columnOf = new HashMap<>();
        /// `seen[c] == row` marks column c as decided for the row being compared (the row's last
        /// record of a KPI wins, as a map of its records would keep it).
        private final int[] seen;
        private int[] guess = new int[16];
        private int compared;
        private int created;
        private int updated;
        private int unchanged;

        Counter(AccountTable current) {
            this.current = current == null ? AccountTable.empty() : current;
            this.columns = this.current.kpiColumns().toArray(KpiColumn[]::new);
            for (int c = 0; c < columns.length; c++) {
                columnOf.put(columns[c].key(), c);
            }
            this.seen = new int[columns.length];
            java.util.Arrays.fill(seen, -1);
        }

        void add(AccountRow row) {
            String id = row.account().externalAccountId();
            // An import compares nothing here (its writer counts while merging): no look-up per row.
            int at = id == null || current.size() == 0 ? -1 : current.indexOf(id);
            if (at < 0) {
                created++;
            } else if (same(at, row)) {
                unchanged++;
            } else {
                updated++;
            }
        }

        AccountChanges result() {
            return new AccountChanges(created, updated, unchanged);
        }

        private boolean same(int at, AccountRow row) {
            String id = current.externalId(at);
            return sameAccount(at, id, row.account()) && sameProfile(at, id, row.profile()) && sameKpis(at, row.kpis());
        }

        private boolean sameAccount(int at, String id, Account a) {
            double revenue = current.revenue()[at];
            return id.equals(a.externalAccountId()) && Objects.equals(current.name(at), a.accountName())
                    && (Double.isNaN(revenue) ? a.revenue() == null : a.revenue() != null && sameBits(revenue, a.revenue()))
                    && text(Text.INDUSTRY, at, a.industry()) && text(Text.REGION, at, a.region())
                    && text(Text.ACCOUNT_STATUS, at, a.accountStatus()) && text(Text.ACCOUNT_TIER, at, a.accountTier())
                    && text(Text.ASSIGNED_CSM, at, a.assignedCsm());
        }

        private boolean sameProfile(int at, String id, ProfileMetadata p) {
            if (!current.hasProfile(at) || p == null) {
                return !current.hasProfile(at) && p == null;
            }
            int day = current.signupDays()[at];
            return id.equals(p.externalAccountId()) && text(Text.PROFILE_INDUSTRY, at, p.industry())
                    && text(Text.USE_CASE, at, p.useCase()) && text(Text.GPU_TYPE_PRIMARY, at, p.gpuTypePrimary())
                    && (day == AccountTable.NO_DATE ? p.signupDate() == null
                        : p.signupDate() != null && p.signupDate().toEpochDay() == day)
                    && text(Text.CUSTOMER_SEGMENT, at, p.customerSegment());
        }

        /// The row's KPIs (its last record per key) are exactly the stored row's present columns.
        private boolean sameKpis(int at, List<KpiRecord> kpis) {
            int mark = compared++;
            int decided = 0;
            for (int i = kpis.size() - 1; i >= 0; i--) {
                KpiRecord k = kpis.get(i);
                int c = column(i, k.kpiKey());
                if (c < 0) {
                    return false;
                }
                if (seen[c] == mark) {
                    continue;
                }
                seen[c] = mark;
                decided++;
                KpiColumn column = columns[c];
                if (!column.present(at) || !sameBits(column.value(at), k.value())
                        || !Objects.equals(column.label(at), k.label())) {
                    return false;
                }
            }
            int present = 0;
            for (KpiColumn column : columns) {
                if (column.present(at)) {
                    present++;
                }
            }
            return present == decided;
        }

        /// The column of the row's `i`-th KPI, -1 if the table has none: rows list their KPIs in
        /// the same order, so the column the previous row's `i`-th KPI had is tried before a look-up
        /// (13 hash look-ups per account were half of the counting).
        private int column(int i, String key) {
            if (i >= guess.length) {
                guess = java.util.Arrays.copyOf(guess, Math.max(i + 1, guess.length * 2));
            }
            int g = guess[i];
            if (g >= 0 && g < columns.length && columns[g].key().equals(key)) {
                return g;
            }
            Integer c = columnOf.get(key);
            guess[i] = c == null ? -1 : c;
            return guess[i];
        }

        private boolean text(Text column, int at, String value) {
            return Objects.equals(current.text(column).get(at), value);
        }

        /// Equality as `Double.equals` has it (NaN equals NaN, 0.0 differs from -0.0).
        private static boolean sameBits(double a, double b) {
            return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
        }
    }
}
