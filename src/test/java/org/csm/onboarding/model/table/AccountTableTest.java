package org.csm.onboarding.model.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;
import org.junit.jupiter.api.Test;

class AccountTableTest {

    static Account account(String id, double revenue) {
        return new Account(id, "Company " + id, revenue, "Tech", "EMEA", "Active", "Enterprise", "Ann");
    }

    static ProfileMetadata profile(String id) {
        return new ProfileMetadata(id, "Tech", "Inference", "A100", LocalDate.of(2024, 1, 15), "Enterprise");
    }

    static List<KpiRecord> kpis(String id, double base) {
        return List.of(
                new KpiRecord(id, "Company " + id, "monthly_spend", "Monthly Spend", Category.BUSINESS_OUTCOMES,
                        Impact.HIGH, Frequency.MONTHLY, base, null),
                new KpiRecord(id, "Company " + id, "churn_risk", "Churn Risk Score", Category.CUSTOMER_SENTIMENT,
                        Impact.CRITICAL, Frequency.MONTHLY, 1, "High"));
    }

    @Test
    void recordsComeBackAsTheyWentIn() {
        var sparse = new Account("S", null, null, null, null, null, null, null);
        AccountTable table = new AccountTableBuilder()
                .add(account("A", 10), profile("A"), kpis("A", 10))
                .add(sparse, null, List.of())
                .build();
        assertEquals(2, table.size());
        assertEquals(account("A", 10), table.account(0));
        assertEquals(profile("A"), table.profile(0));
        assertEquals(kpis("A", 10), table.kpis(0));
        assertEquals(sparse, table.account(1));
        assertNull(table.profile(1));
        assertEquals(List.of(), table.kpis(1));
        assertEquals(2, table.kpiRecordCount());
        assertTrue(Double.isNaN(table.kpiColumn("monthly_spend").orElseThrow().value(1)));
    }

    @Test
    void aColumnFirstSeenLaterIsEmptyAbove() {
        var custom = new KpiRecord("B", "Company B", "gpu_hours", "GPU hours", Category.PRODUCT_USAGE, Impact.LOW,
                Frequency.DAILY, 7, null);
        AccountTable table = new AccountTableBuilder()
                .add(account("A", 1), null, kpis("A", 1))
                .add(account("B", 2), null, List.of(custom))
                .build();
        assertEquals(List.of("monthly_spend", "churn_risk", "gpu_hours"),
                table.kpiColumns().stream().map(KpiColumn::key).toList());
        assertEquals(List.of(custom), table.kpis(table.indexOf("B")));
        assertEquals(2, table.kpis(table.indexOf("A")).size());
    }

    @Test
    void aRepeatedIdKeepsTheLastWrite() {
        AccountTable table = new AccountTableBuilder()
                .add(account("A", 1), null, kpis("A", 1))
                .add(account("B", 2), null, kpis("B", 2))
                .add(account("A", 3), profile("A"), kpis("A", 3))
                .build();
        assertEquals(2, table.size());
        assertEquals(3.0, table.account(table.indexOf("A")).revenue());
        assertEquals(profile("A"), table.profile(table.indexOf("A")));
        assertEquals(-1, table.indexOf("C"));
    }

    @Test
    void mergeReplacesAndAddsByIdAndKeepsTheRest() {
        AccountTable base = build(1, "A", "B", "C");
        AccountTable update = build(2, "B", "D");
        AccountTable merged = AccountTable.merge(base, update);
        assertEquals(List.of("A", "B", "C", "D"), idsInOrder(merged));
        assertEquals(1.0, merged.account(merged.indexOf("A")).revenue());
        assertEquals(2.0, merged.account(merged.indexOf("B")).revenue());
        assertEquals(kpis("B", 2), merged.kpis(merged.indexOf("B")));
    }

    @Test
    void mergingTheBasePartByPartGivesTheWholeMerge() {
        AccountTable update = build(2, "B", "E");
        AccountTable merged = new TableMerge(update).addBase(build(1, "A", "B")).addBase(build(1, "C", "D")).result();
        assertEquals(List.of("A", "C", "D", "B", "E"), List.of(merged.ids().get(0), merged.ids().get(1), merged.ids().get(2),
                merged.ids().get(3), merged.ids().get(4)));
        assertEquals(idsInOrder(AccountTable.merge(build(1, "A", "B", "C", "D"), update)), idsInOrder(merged));
        assertEquals(2.0, merged.account(merged.indexOf("B")).revenue());
    }

    @Test
    void concatKeepsEveryRowAndMapsDictionaries() {
        AccountTable a = new AccountTableBuilder().add(new Account("A", "a", null, "X", null, null, null, null), null, List.of()).build();
        AccountTable b = new AccountTableBuilder().add(new Account("B", "b", null, "Y", null, null, null, null), null, List.of())
                .add(new Account("C", "c", null, "X", null, null, null, null), null, List.of()).build();
        AccountTable all = AccountTable.concat(List.of(a, b));
        assertEquals(List.of("X", "Y", "X"), List.of(all.account(0).industry(), all.account(1).industry(), all.account(2).industry()));
        assertEquals(List.of("X", "Y"), all.text(AccountTable.Text.INDUSTRY).dictionary());
    }

    @Test
    void sortedRowsFollowTheIds() {
        AccountTable table = build(1, "b", "a", "c", "A");
        assertEquals(List.of("A", "a", "b", "c"), idsInOrder(table));
    }

    @Test
    void sortedRowsAreTheOrderOfAStableSortByUtf8Bytes() {
        // Ids sharing long prefixes, prefixes of one another, NUL and multi-byte characters.
        var random = new java.util.Random(3);
        String[] parts = {"ACC-", "ACC-0", "acc", "\u0000", "é", "Zoë", "\uD83D\uDE00", "1", "ACC-00000000", "x"};
        var ids = new java.util.LinkedHashSet<String>();
        while (ids.size() < 20_000) {
            var id = new StringBuilder(parts[random.nextInt(parts.length)]);
            for (int i = random.nextInt(4); i > 0; i--) {
                id.append(parts[random.nextInt(parts.length)]);
            }
            id.append(random.nextInt(50));
            ids.add(id.toString());
        }
        var builder = new AccountTableBuilder();
        ids.forEach(id -> builder.add(account(id, 1), null, List.of()));
        AccountTable table = builder.build();
        Integer[] boxed = new Integer[table.size()];
        java.util.Arrays.setAll(boxed, i -> i);
        java.util.Arrays.sort(boxed, table.ids()::compare);
        assertEquals(java.util.Arrays.stream(boxed).mapToInt(Integer::intValue).boxed().toList(),
                java.util.Arrays.stream(table.sortedRows()).boxed().toList());
    }

    @Test
    void indexFindsEveryIdOfALargeTable() {
        var builder = new AccountTableBuilder();
        for (int i = 0; i < 5000; i++) {
            builder.add(account("ID-" + i, i), null, List.of());
        }
        AccountTable table = builder.build();
        for (int i = 0; i < 5000; i += 7) {
            assertEquals(i, table.indexOf("ID-" + i));
        }
    }

    @Test
    void blankIdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AccountTableBuilder().add(account(" ", 1), null, List.of()));
    }

    private static AccountTable build(double revenue, String... ids) {
        var builder = new AccountTableBuilder();
        for (String id : ids) {
            builder.add(account(id, revenue), profile(id), kpis(id, revenue));
        }
        return builder.build();
    }

    private static List<String> idsInOrder(AccountTable table) {
        var ids = new ArrayList<String>();
        for (int row : table.sortedRows()) {
            ids.add(table.externalId(row));
        }
        return ids;
    }
}
