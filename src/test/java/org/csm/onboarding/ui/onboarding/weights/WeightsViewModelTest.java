package org.csm.onboarding.ui.onboarding.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.service.DraftScoring;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.SameThreadRunner;
import org.csm.onboarding.ui.common.UiContext;
import org.csm.onboarding.ui.onboarding.OnboardingSession;
import org.csm.onboarding.ui.onboarding.WizardDraft;

/// The weights step without the FX toolkit: always 100, proportional spreading, live counts.
class WeightsViewModelTest {

    private WeightsViewModel model;
    private OnboardingSession session;

    @BeforeEach
    void setUp() throws Exception {
        UiContext ctx = new UiContext(Messages.load(Locale.ROOT), new SameThreadRunner(), null, null, null,
                new OnboardingService(null), null, null);
        session = new OnboardingSession(ctx, new WizardDraft());
        var analysis = ctx.onboarding().analyze(Path.of("assets/samples/serverless_model_cs_platform.xlsx"), null);
        session.useStoredAccounts(DraftScoring.collect(analysis, org.csm.onboarding.model.KpiCatalog.standard(), org.csm.onboarding.engine.Progress.NONE));
        model = new WeightsViewModel(session);
        model.enter();
    }

    @Test
    void recommendedWeightsScoreTheSampleAsTheDashboardDoes() {
        assertEquals(19, model.countProperty(HealthStatus.HEALTHY).get());
        assertEquals(15, model.countProperty(HealthStatus.AT_RISK).get());
        assertEquals(1, model.countProperty(HealthStatus.CRITICAL).get());
        assertTrue(model.changes().isEmpty());
    }

    @Test
    void movingOneWeightSpreadsTheRestProportionallyAndKeeps100() {
        model.setWeight(Category.PRODUCT_USAGE, 60);
        assertEquals(100, model.total());
        assertEquals(60, model.weightProperty(Category.PRODUCT_USAGE).get());
        // 25:20:15:5 of the remaining 40 -> 15.38, 12.31, 9.23, 3.08; the spare point goes to the largest fraction
        assertEquals(16, model.weightProperty(Category.BUSINESS_OUTCOMES).get());
        assertEquals(12, model.weightProperty(Category.SUPPORT).get());
        assertEquals(9, model.weightProperty(Category.CUSTOMER_SENTIMENT).get());
        assertEquals(3, model.weightProperty(Category.RELATIONSHIP_STRENGTH).get());
        assertEquals(60, session.draft().config().weights().of(Category.PRODUCT_USAGE));
    }

    @Test
    void aChangeListsTheAccountsWhoseStatusMovesAndResetRestores() {
        model.setWeight(Category.CUSTOMER_SENTIMENT, 80);
        assertTrue(!model.changes().isEmpty());
        model.resetToRecommended();
        assertEquals(35, model.weightProperty(Category.PRODUCT_USAGE).get());
        assertTrue(model.changes().isEmpty());
    }

    @Test
    void roundingHandsTheRemainderToTheLargestFractions() {
        assertArrayEquals(new int[] {34, 33, 33}, WeightsViewModel.roundToTotal(new double[] {33.34, 33.33, 33.33}, 100));
    }
}
