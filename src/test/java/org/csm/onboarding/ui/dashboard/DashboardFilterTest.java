package org.csm.onboarding.ui.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntBinaryOperator;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.AccountOverview.AccountSummary;
import org.csm.onboarding.service.AccountRows;
import org.csm.onboarding.service.ManualAccount;
import org.csm.onboarding.service.ManualAccounts;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.ui.common.FakeFileOpener;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.RecordingDialogs;
import org.csm.onboarding.ui.common.SameThreadRunner;
import org.csm.onboarding.ui.common.UiContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The dashboard's filters, search and totals as computed off the FX thread over the packed
/// columns give what the straightforward String code gave: names whose lower case is not a
/// byte-for-byte fold (Turkish dotted capital I, the Kelvin sign, accents) included.
class DashboardFilterTest {

    @TempDir
    Path dir;
    private Store store;
    private DashboardViewModel model;

    @BeforeEach
    void load() throws Exception {
        store = Store.open(dir.resolve("data"));
        OnboardingService onboarding = new OnboardingService(store);
        onboarding.importFile(onboarding.analyze(Path.of("assets/samples/serverless_model_cs_platform.xlsx"), null), "s",
                OnboardingConfig.defaults(), false, Progress.NONE);
        int n = 0;
        for (String name : List.of("İstanbul Acme", "\u212Aelvin Labs", "ACME Ünïcode GmbH", "Zeta acmé", "İSTANBUL Bulut")) {
            new ManualAccounts(store).save("s", new ManualAccount("SRVL-" + (9100 + n++), name, null, "Elena Rossi", null, null,
                    null, null, null, Map.of("daily_invocations", "40", "error_rate_pct", "7.5", "contract_value_annual", "12000")));
        }
        UiContext ctx = UiContext.of(store, Messages.load(Locale.ROOT), new SameThreadRunner(), new FakeFileOpener(dir),
                new RecordingDialogs());
        model = new DashboardViewModel(ctx, "s");
        model.load();
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void searchMatchesWhatLowerCasingEveryNameMatched() {
        AccountRows rows = model.rows();
        for (String text : List.of("acme", "ACME", " acme ", "i̇stanbul", "istanbul", "kelvin", "k", "ü", "srvl-91", "me g", "null", "zz")) {
            model.searchProperty().set(text);
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            List<String> expected = new ArrayList<>();
            for (AccountSummary a : model.all()) {
                int row = rows.indexOf(a.externalId());
                if ((rows.name(row) + " " + rows.externalId(row)).toLowerCase(Locale.ROOT).contains(wanted)) {
                    expected.add(a.externalId());
                }
            }
            assertEquals(expected, ids(model.visible()), () -> "search \"" + text + "\"");
        }
        model.searchProperty().set("kelvin");
        assertEquals(List.of("SRVL-9101"), ids(model.visible()), "the Kelvin sign lower-cases to k");
        model.searchProperty().set("istanbul");
        assertTrue(ids(model.visible()).isEmpty(), "İ lower-cases to i and a combining dot, as before");
    }

    @Test
    void filtersAndASortedTableKeepTheirOrder() {
        model.statusFilterProperty().set(HealthStatus.AT_RISK);
        List<String> atRisk = ids(model.visible());
        assertFalse(atRisk.isEmpty());
        assertTrue(model.visible().stream().allMatch(a -> a.score().status() == HealthStatus.AT_RISK));
        AccountRows rows = model.rows();
        IntBinaryOperator byName = (a, b) -> rows.names().compare(a, b);
        model.sortBy(byName);
        List<String> names = model.visible().stream().map(AccountSummary::name).toList();
        assertEquals(names.stream().sorted().toList(), names, "sorted by name");
        model.searchProperty().set("a");
        List<String> narrowed = model.visible().stream().map(AccountSummary::name).toList();
        assertEquals(narrowed.stream().sorted().toList(), narrowed, "a search keeps the table's sort");
        model.sortBy(null);
        model.searchProperty().set("");
        assertEquals(atRisk, ids(model.visible()), "back to riskiest first");
        model.statusFilterProperty().set(null);
        assertEquals(ids(model.all()), ids(model.visible()));
    }

    @Test
    void totalsAreThoseOfEveryAccount() {
        Map<HealthStatus, Integer> counts = new EnumMap<>(HealthStatus.class);
        double sum = 0;
        int scored = 0;
        double atRisk = 0;
        for (AccountSummary a : model.all()) {
            counts.merge(a.score().status(), 1, Integer::sum);
            Double shown = DashboardViewModel.shownScore(a);
            if (shown != null) {
                sum += shown;
                scored++;
            }
            if ((a.score().status() == HealthStatus.AT_RISK || a.score().status() == HealthStatus.CRITICAL) && a.revenue() != null) {
                atRisk += a.revenue();
            }
        }
        assertEquals(counts, model.countByStatus());
        assertEquals(sum / scored, model.averageScore(), 1e-9);
        assertEquals(atRisk, model.revenueAtRisk(), 1e-6);
        int histogram = 0;
        for (int[] band : model.distributionByBand()) {
            for (int c : band) {
                histogram += c;
            }
        }
        assertEquals(scored, histogram);
        assertEquals(model.all().stream().map(AccountSummary::segment).filter(java.util.Objects::nonNull).distinct().sorted().toList(),
                model.segments());
    }

    private static List<String> ids(List<AccountSummary> accounts) {
        return accounts.stream().map(AccountSummary::externalId).toList();
    }
}
