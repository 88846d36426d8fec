package org.csm.onboarding.model.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;

/// A workspace's accounts as columns (docs/storage.md, section 1): ids and names packed,
/// descriptive text dictionary-encoded, revenue and every KPI a `double` array (NaN = none).
/// Immutable; row order carries no meaning (an import appends, [#sortedRows()] gives id order).
///
/// The seed's records ([Account], [ProfileMetadata], [KpiRecord]) are produced from it on
/// demand, so views, explain and export keep their types while scoring runs over the arrays.
public final class AccountTable {

    /// The dictionary-encoded text columns: the account's own, then its profile's.
    public enum Text {
        INDUSTRY, REGION, ACCOUNT_STATUS, ACCOUNT_TIER, ASSIGNED_CSM,
        PROFILE_INDUSTRY, USE_CASE, GPU_TYPE_PRIMARY, CUSTOMER_SEGMENT
    }

    /// Signup day of an account without one.
    public static final int NO_DATE = Integer.MIN_VALUE;

    private static final AccountTable EMPTY = new AccountTableBuilder().build();

    private final StringColumn ids;
    private final StringColumn names;
    private final double[] revenue;
    private final TextColumn[] texts;
    private final boolean[] hasProfile;
    private final int[] signupDays;
    private final List<KpiColumn> kpis;
    private final Map<String, KpiColumn> kpiByKey;
    private volatile IdIndex index;
    private volatile int[] sorted;

    /// A table from its columns, which must all have `ids.size()` rows; ids must be unique.
    public AccountTable(StringColumn ids, StringColumn names, double[] revenue, TextColumn[] texts,
                        boolean[] hasProfile, int[] signupDays, List<KpiColumn> kpis) {
        int n = ids.size();
        if (names.size() != n || revenue.length != n || hasProfile.length != n || signupDays.length != n
                || texts.length != Text.values().length || Arrays.stream(texts).anyMatch(t -> t.size() != n)
                || kpis.stream().anyMatch(k -> k.values().length != n)) {
            throw new IllegalArgumentException("Every column of an account table needs " + n + " rows");
        }
        this.ids = ids;
        this.names = names;
        this.revenue = revenue;
        this.texts = texts.clone();
        this.hasProfile = hasProfile;
        this.signupDays = signupDays;
        this.kpis = List.copyOf(kpis);
        var byKey = new LinkedHashMap<String, KpiColumn>();
        kpis.forEach(k -> byKey.put(k.key(), k));
        this.kpiByKey = Collections.unmodifiableMap(byKey);
    }

    public static AccountTable empty() {
        return EMPTY;
    }

    public int size() {
        return ids.size();
    }

    public StringColumn ids() {
        return ids;
    }

    public StringColumn names() {
        return names;
    }

    public String externalId(int row) {
        return ids.get(row);
    }

    public String name(int row) {
        return names.get(row);
    }

    /// Revenue per row, NaN where none. Shared: do not modify.
    public double[] revenue() {
        return revenue;
    }

    public TextColumn text(Text column) {
        return texts[column.ordinal()];
    }

    public boolean hasProfile(int row) {
        return hasProfile[row];
    }

    /// Signup dates as epoch days, [#NO_DATE] where none. Shared: do not modify.
    public int[] signupDays() {
        return signupDays;
    }

    /// The KPI columns in the order their KPIs were first written.
    public List<KpiColumn> kpiColumns() {
        return kpis;
    }

    public Optional<KpiColumn> kpiColumn(String key) {
        return Optional.ofNullable(kpiByKey.get(key));
    }

    public Account account(int row) {
        return new Account(ids.get(row), names.get(row), boxed(revenue[row]), texts[0].get(row), texts[1].get(row),
                texts[2].get(row), texts[3].get(row), texts[4].get(row));
    }

    /// The account's profile, null when it was imported without one.
    public ProfileMetadata profile(int row) {
        if (!hasProfile[row]) {
            return null;
        }
        return new ProfileMetadata(ids.get(row), text(Text.PROFILE_INDUSTRY).get(row), text(Text.USE_CASE).get(row),
                text(Text.GPU_TYPE_PRIMARY).get(row), signupDays[row] == NO_DATE ? null : LocalDate.ofEpochDay(signupDays[row]),
                text(Text.CUSTOMER_SEGMENT).get(row));
    }

    /// The account's KPI records in column order.
    public List<KpiRecord> kpis(int row) {
        String id = ids.get(row);
        String name = names.get(row);
        var records = new ArrayList<KpiRecord>(kpis.size());
        for (KpiColumn column : kpis) {
            if (column.present(row)) {
                KpiColumn.Info info = column.info();
                records.add(new KpiRecord(id, name, info.key(), info.name(), info.category(), info.impact(),
                        info.frequency(), column.value(row), column.label(row)));
            }
        }
        return records;
    }

    /// How many KPI records the table holds (the seed's long-table row count).
    public int kpiRecordCount() {
        int count = 0;
        for (KpiColumn column : kpis) {
            for (int row = 0; row < size(); row++) {
                if (column.present(row)) {
                    count++;
                }
            }
        }
        return count;
    }

    /// The row of `externalId`, or -1.
    public int indexOf(String externalId) {
        byte[] utf8 = externalId.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return index().find(utf8, IdIndex.hash(utf8));
    }

    IdIndex index() {
        IdIndex built = index;
        if (built == null) {
            built = IdIndex.of(ids);
            index = built;
        }
        return built;
    }

    /// Row numbers in external-id order (UTF-8 byte order), computed once.
    public int[] sortedRows() {
        int[] order = sorted;
        if (order == null) {
            order = RowOrder.byUtf8(ids);
            sorted = order;
        }
        return order.clone();
    }

    /// The accounts of `base` that `update` does not have, then every account of `update`: an
    /// import of a partial file replaces or adds accounts by external id and keeps the others.
    public static AccountTable merge(AccountTable base, AccountTable update) {
        // A file with every account again (the usual re-import) gives `update`: no third copy.
        return new TableMerge(update).addBase(base).result();
    }

    /// The rows of `parts` one after the other (the segments of a stored snapshot).
    public static AccountTable concat(List<AccountTable> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        var builder = new AccountTableBuilder();
        parts.forEach(builder::addAll);
        return builder.build();
    }

    private static Double boxed(double value) {
        return Double.isNaN(value) ? null : value;
    }

    @Override
    public String toString() {
        return "AccountTable[" + size() + " accounts, " + kpis.size() + " KPI columns]";
    }
}
