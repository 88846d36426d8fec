package org.csm.onboarding.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.AccountTableBuilder;
import org.csm.onboarding.store.AccountRepository;
import org.csm.onboarding.store.StoredAccount;
import org.junit.jupiter.api.Test;

/// The column-wise counter decides "same as stored" exactly as comparing the stored account's
/// records with the row's does (the comparison it replaced, kept here as the reference), on
/// generated accounts with every kind of small difference.
class AccountChangesTest {

    private static final List<KpiDefinition> KPIS = KpiCatalog.standard().kpis();

    @Test
    void countsAsComparingTheStoredRecordsWould() {
        Random random = new Random(11);
        var builder = new AccountTableBuilder();
        List<AccountRow> stored = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            AccountRow row = randomRow(random, "A-" + i);
            stored.add(row);
            builder.add(row.account(), row.profile(), row.kpis());
        }
        AccountTable table = builder.build();
        var counter = new AccountChanges.Counter(table);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < 6_000; i++) {
            AccountRow row = i < stored.size() ? mutate(random, stored.get(i)) : randomRow(random, "N-" + i);
            counter.add(row);
            int at = table.indexOf(row.account().externalAccountId());
            if (at < 0) {
                created++;
            } else if (sameAsStored(AccountRepository.stored(table, at), row)) {
                unchanged++;
            } else {
                updated++;
            }
        }
        assertEquals(new AccountChanges(created, updated, unchanged), counter.result());
        // The generated changes must exercise both outcomes, or the comparison above proves little.
        assertTrue(updated > 500 && unchanged > 500, "updated " + updated + ", unchanged " + unchanged);
    }

    @Test
    void anEmptyWorkspaceCreatesEveryAccount() {
        var counter = new AccountChanges.Counter(null);
        counter.add(randomRow(new Random(1), "A-1"));
        assertEquals(new AccountChanges(1, 0, 0), counter.result());
    }

    // The comparison the counter replaced: records equal, KPIs as key -> (value, label), last record wins.
    private static boolean sameAsStored(StoredAccount stored, AccountRow row) {
        return stored.account().equals(row.account()) && Objects.equals(stored.profile(), row.profile())
                && values(stored.kpis()).equals(values(row.kpis()));
    }

    private static Map<String, List<Object>> values(List<KpiRecord> kpis) {
        Map<String, List<Object>> values = new HashMap<>();
        for (KpiRecord k : kpis) {
            values.put(k.kpiKey(), java.util.Arrays.asList(k.value(), k.label()));
        }
        return values;
    }

    private static AccountRow randomRow(Random random, String id) {
        Account account = new Account(id, random.nextInt(10) == 0 ? null : "Name " + id,
                random.nextInt(5) == 0 ? null : (double) random.nextInt(1000), pick(random, "AI", "Retail", null),
                pick(random, "EU", "US", null), pick(random, "active", null), pick(random, "gold", "silver", null),
                pick(random, "Elena Rossi", null));
        ProfileMetadata profile = random.nextInt(4) == 0 ? null : new ProfileMetadata(id, pick(random, "AI", null),
                pick(random, "inference", null), pick(random, "H100", null),
                random.nextBoolean() ? null : LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700)),
                pick(random, "SMB", "Enterprise", null));
        List<KpiRecord> kpis = new ArrayList<>();
        for (KpiDefinition def : KPIS) {
            if (random.nextInt(6) != 0) {
                kpis.add(record(id, def, def.isText() ? 1 + random.nextInt(3) : random.nextInt(50) * 1.5,
                        def.isText() ? pick(random, def.labels().getFirst().label(), def.labels().getLast().label(), null) : null));
            }
        }
        return new AccountRow(2, account, profile, kpis, List.of());
    }

    /// The row unchanged (half the time) or with one small difference a stored comparison must see.
    private static AccountRow mutate(Random random, AccountRow row) {
        Account a = row.account();
        ProfileMetadata p = row.profile();
        List<KpiRecord> kpis = new ArrayList<>(row.kpis());
        switch (random.nextInt(20)) {
            case 0 -> a = new Account(a.externalAccountId(), a.accountName() + " ", a.revenue(), a.industry(), a.region(),
                    a.accountStatus(), a.accountTier(), a.assignedCsm());
            case 1 -> a = new Account(a.externalAccountId(), a.accountName(), a.revenue() == null ? 0.0 : null,
                    a.industry(), a.region(), a.accountStatus(), a.accountTier(), a.assignedCsm());
            case 2 -> a = a.revenue() == null ? a : new Account(a.externalAccountId(), a.accountName(), -a.revenue(),
                    a.industry(), a.region(), a.accountStatus(), a.accountTier(), a.assignedCsm());
            case 3 -> p = p == null ? new ProfileMetadata(a.externalAccountId(), null, null, null, null, null) : null;
            case 4 -> p = p == null ? null : new ProfileMetadata(p.externalAccountId(), p.industry(), p.useCase(),
                    p.gpuTypePrimary(), p.signupDate() == null ? LocalDate.of(2024, 2, 29) : p.signupDate().plusDays(1),
                    p.customerSegment());
            case 5 -> {
                if (!kpis.isEmpty()) {
                    kpis.removeLast();
                }
            }
            case 6 -> {
                if (!kpis.isEmpty()) {
                    KpiRecord k = kpis.getFirst();
                    kpis.set(0, withValue(k, k.value() + 0.5, k.label()));
                }
            }
            case 7 -> {
                if (!kpis.isEmpty()) {
                    // A repeated KPI: the row's last record decides, the stored value is the first's.
                    KpiRecord k = kpis.getFirst();
                    kpis.add(withValue(k, k.value() + 1, k.label()));
                }
            }
            case 8 -> {
                if (!kpis.isEmpty()) {
                    KpiRecord k = kpis.getFirst();
                    kpis.addFirst(withValue(k, k.value() + 1, k.label()));
                }
            }
            case 9 -> kpis.add(new KpiRecord(a.externalAccountId(), a.accountName(), "custom_unknown", "Unknown",
                    KPIS.getFirst().category(), KPIS.getFirst().impact(), KPIS.getFirst().frequency(), 1, null));
            case 10 -> {
                for (int i = 0; i < kpis.size(); i++) {
                    KpiRecord k = kpis.get(i);
                    if (k.label() != null) {
                        kpis.set(i, withValue(k, k.value(), k.label().toLowerCase()));
                        break;
                    }
                }
            }
            default -> {
            }
        }
        return new AccountRow(row.sourceRow(), a, p, kpis, List.of());
    }

    private static KpiRecord withValue(KpiRecord k, double value, String label) {
        return new KpiRecord(k.externalAccountId(), k.accountName(), k.kpiKey(), k.kpiName(), k.category(), k.impact(),
                k.frequency(), value, label);
    }

    private static KpiRecord record(String id, KpiDefinition def, double value, String label) {
        return new KpiRecord(id, "Name " + id, def.key(), def.name(), def.category(), def.impact(), def.frequency(), value, label);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
