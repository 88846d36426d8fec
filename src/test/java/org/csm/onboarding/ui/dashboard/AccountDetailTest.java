package org.csm.onboarding.ui.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.ask.KpiNature;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.ManualAccount;
import org.csm.onboarding.service.ManualAccounts;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.ui.common.FakeFileOpener;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.RecordingDialogs;
import org.csm.onboarding.ui.common.SameThreadRunner;
import org.csm.onboarding.ui.common.UiContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The account detail's content without a window: missing KPIs named as such, what the CSM
/// can influence before what describes the account's size, playbooks, values with units.
class AccountDetailTest {

    @TempDir
    Path dir;

    @Test
    void anAccountWithGapsListsThemAndOrdersLeversBeforeSize() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            OnboardingService onboarding = new OnboardingService(store);
            onboarding.importFile(onboarding.analyze(Path.of("assets/samples/serverless_model_cs_platform.xlsx"), null), "s",
                    OnboardingConfig.defaults(), false, Progress.NONE);
            new ManualAccounts(store).save("s", new ManualAccount("SRVL-9001", "Sparse Co", null, "Elena Rossi", null, null, null,
                    null, null, Map.of("daily_invocations", "40", "invocations_30d", "1200", "error_rate_pct", "7.5",
                    "monthly_spend", "900", "contract_value_annual", "12000", "health_score", "3", "churn_risk", "High")));
            UiContext ctx = UiContext.of(store, Messages.load(java.util.Locale.ROOT), new SameThreadRunner(), new FakeFileOpener(dir),
                    new RecordingDialogs());
            DashboardViewModel model = new DashboardViewModel(ctx, "s");
            model.load();
            model.selectedProperty().set(model.all().stream().filter(a -> a.externalId().equals("SRVL-9001")).findFirst().orElseThrow());

            String missing = model.missingProperty().get();
            for (String kpi : List.of("Invocation Velocity Change", "Days Since Last Invocation", "Cold Start Percentage",
                    "Expansion Potential")) {
                assertTrue(missing.contains(kpi), missing);
            }
            assertTrue(missing.contains("left out of the score, not counted as zero"), missing);
            List<KpiNature> natures = model.explanation().stream()
                    .map(l -> KpiNature.of(l.kpi().kpiKey(), l.kpi().category())).toList();
            assertEquals(natures.stream().sorted().toList(), natures, "levers first, then size");
            assertEquals(KpiNature.SIZE, natures.getLast());
            assertTrue(model.explanation().stream().filter(l -> KpiNature.of(l.kpi().kpiKey(), l.kpi().category()) == KpiNature.SIZE)
                    .allMatch(l -> l.nextBand().equals(ctx.text("dashboard.detail.sizeKpi"))));
            var error = model.explanation().stream().filter(l -> l.kpi().kpiKey().equals("error_rate_pct")).findFirst().orElseThrow();
            assertEquals("7.50%", model.valueText(error.kpi()));
            assertTrue(model.playbooks().stream().anyMatch(r -> r.playbook().id().equals("reliability-escalation")),
                    model.playbooks()::toString);
        }
    }
}
