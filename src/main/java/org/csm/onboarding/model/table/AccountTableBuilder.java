package org.csm.onboarding.model.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;

/// Builds an [AccountTable] one account at a time, as an import reads them. A repeated external
/// id replaces the earlier row (the latest write wins, as the upsert by `customer_id` does).
public final class AccountTableBuilder {

    private static final int TEXTS = AccountTable.Text.values().length;

    private final StringColumn.Builder ids = new StringColumn.Builder();
    private final StringColumn.Builder names = new StringColumn.Builder();
    private double[] revenue = new double[64];
    private final TextColumn.Builder[] texts = new TextColumn.Builder[TEXTS];
    private boolean[] hasProfile = new boolean[64];
    private int[] signupDays = new int[64];
    private final Map<String, KpiColumn.Builder> kpis = new LinkedHashMap<>();
    private final BitSet replaced = new BitSet();
    private final IdIndex index;
    private int size;
    private int kpiRecords;
    private boolean built;

    public AccountTableBuilder() {
        for (int i = 0; i < TEXTS; i++) {
            texts[i] = new TextColumn.Builder();
        }
        index = IdIndex.over(ids);
    }

    /// Accounts added so far, replaced ones included.
    public int size() {
        return size;
    }

    /// KPI records added so far (replaced accounts' included).
    public int kpiRecords() {
        return kpiRecords;
    }

    /// Adds one account; `profile` may be null. A KPI repeated within `records` keeps its first value.
    public AccountTableBuilder add(Account account, ProfileMetadata profile, List<KpiRecord> records) {
        String id = account.externalAccountId();
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An account needs an external account id.");
        }
        if (built) {
            throw new IllegalStateException("This builder has built its table already");
        }
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        int row = size;
        int previous = index.put(row, utf8, IdIndex.hash(utf8));
        if (previous >= 0) {
            replaced.set(previous);
        }
        ids.addUtf8(utf8);
        names.add(account.accountName());
        grow();
        revenue[row] = account.revenue() == null ? Double.NaN : account.revenue();
        String[] values = {account.industry(), account.region(), account.accountStatus(), account.accountTier(),
                account.assignedCsm(), profile == null ? null : profile.industry(), profile == null ? null : profile.useCase(),
                profile == null ? null : profile.gpuTypePrimary(), profile == null ? null : profile.customerSegment()};
        for (int i = 0; i < TEXTS; i++) {
            texts[i].add(values[i]);
        }
        hasProfile[row] = profile != null;
        signupDays[row] = profile == null || profile.signupDate() == null
                ? AccountTable.NO_DATE : (int) profile.signupDate().toEpochDay();
        for (KpiRecord record : records) {
            column(new KpiColumn.Info(record.kpiKey(), record.kpiName(), record.category(), record.impact(),
                    record.frequency())).set(row, record.value(), record.label());
        }
        kpiRecords += records.size();
        size++;
        return this;
    }

    /// Copies row `row` of `table`. Not indexed: its id must not repeat one already added.
    void addRow(AccountTable table, int row) {
        int to = size;
        ids.addFrom(table.ids(), row);
        names.addFrom(table.names(), row);
        grow();
        revenue[to] = table.revenue()[row];
        for (AccountTable.Text text : AccountTable.Text.values()) {
            texts[text.ordinal()].add(table.text(text).get(row));
        }
        hasProfile[to] = table.hasProfile(row);
        signupDays[to] = table.signupDays()[row];
        for (KpiColumn column : table.kpiColumns()) {
            if (column.present(row)) {
                column(column.info()).set(to, column.value(row), column.label(row));
            }
        }
        size++;
    }

    /// Appends every row of `table` column by column (dictionaries are mapped once, not per row).
    /// Not indexed: its ids must not repeat ones already added (a stored snapshot's segments).
    public AccountTableBuilder addAll(AccountTable table) {
        int from = size;
        int n = table.size();
        for (int row = 0; row < n; row++) {
            ids.addFrom(table.ids(), row);
            names.addFrom(table.names(), row);
            }
        ensureCapacity(from + n);
        System.arraycopy(table.revenue(), 0, revenue, from, n);
        System.arraycopy(table.signupDays(), 0, signupDays, from, n);
        for (int row = 0; row < n; row++) {
            hasProfile[from + row] = table.hasProfile(row);
        }
        for (AccountTable.Text text : AccountTable.Text.values()) {
            appendCodes(texts[text.ordinal()], table.text(text), n);
        }
        for (KpiColumn column : table.kpiColumns()) {
            KpiColumn.Builder target = column(column.info());
            target.padTo(from);
            int[] labelCodes = column.labels() == null ? null : remap(target.labels(), column.labels());
            for (int row = 0; row < n; row++) {
                int code = labelCodes == null || column.labels().code(row) == TextColumn.NULL
                        ? TextColumn.NULL : labelCodes[column.labels().code(row)];
                target.append(column.value(row), code);
            }
        }
        size += n;
        return this;
    }

    private static void appendCodes(TextColumn.Builder target, TextColumn source, int n) {
        int[] map = remap(target, source);
        for (int row = 0; row < n; row++) {
            int code = source.code(row);
            target.addCode(code == TextColumn.NULL ? TextColumn.NULL : map[code]);
        }
    }

    private static int[] remap(TextColumn.Builder target, TextColumn source) {
        List<String> dictionary = source.dictionary();
        int[] map = new int[dictionary.size()];
        for (int i = 0; i < map.length; i++) {
            map[i] = target.intern(dictionary.get(i));
        }
        return map;
    }

    private KpiColumn.Builder column(KpiColumn.Info info) {
        KpiColumn.Builder column = kpis.get(info.key());
        if (column == null) {
            column = new KpiColumn.Builder(info);
            kpis.put(info.key(), column);
        }
        return column;
    }

    private void grow() {
        ensureCapacity(size + 1);
    }

    private void ensureCapacity(int rows) {
        if (rows > revenue.length) {
            int capacity = Math.max(revenue.length * 2, rows);
            revenue = Arrays.copyOf(revenue, capacity);
            hasProfile = Arrays.copyOf(hasProfile, capacity);
            signupDays = Arrays.copyOf(signupDays, capacity);
        }
    }

    /// The table; rows replaced by a later write of the same id are left out. Builds once: the
    /// builder hands its arrays over column by column, so a million accounts never exist twice.
    public AccountTable build() {
        if (built) {
            throw new IllegalStateException("This builder has built its table already");
        }
        built = true;
        int rows = size;
        double[] revenueColumn = Arrays.copyOf(revenue, rows);
        revenue = null;
        boolean[] profiles = Arrays.copyOf(hasProfile, rows);
        hasProfile = null;
        int[] days = Arrays.copyOf(signupDays, rows);
        signupDays = null;
        List<KpiColumn> columns = new ArrayList<>(kpis.size());
        for (var it = kpis.values().iterator(); it.hasNext(); ) {
            columns.add(it.next().build(rows));
            it.remove();
        }
        AccountTable table = new AccountTable(ids.build(), names.build(), revenueColumn, buildTexts(), profiles, days, columns);
        if (replaced.isEmpty()) {
            return table;
        }
        var kept = new AccountTableBuilder();
        for (int row = 0; row < table.size(); row++) {
            if (!replaced.get(row)) {
                kept.addRow(table, row);
            }
        }
        return kept.build();
    }

    private TextColumn[] buildTexts() {
        TextColumn[] built = new TextColumn[TEXTS];
        for (int i = 0; i < TEXTS; i++) {
            built[i] = texts[i].padTo(size).build();
        }
        return built;
    }
}
