package org.csm.onboarding.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/// Produces the customer rows of a sample of any size, one at a time. With exactly 35 rows
/// the numbers come from [ExactSample] (published statistics hit exactly); otherwise from
/// [SampledMetrics] (same shape, streamed). Text columns are drawn the same way for both.
final class CustomerRows {

    private static final int FIRST_ID = 3001;
    private static final LocalDate FIRST_SIGNUP = LocalDate.of(2021, 1, 4);
    /// Roughly 60 % of customers run production services, the rest development or testing.
    private static final double PRODUCTION_CUTOFF = -0.3;
    private static final double EXPANSION_HIGH = 1.0;
    private static final double EXPANSION_LOW = -0.4;

    private CustomerRows() {
    }

    /// Calls `sink` with rows 0..accounts-1 in order.
    static void forEach(int accounts, Consumer<CustomerRow> sink) {
        if (accounts < 1) {
            throw new IllegalArgumentException("A sample needs at least one account, not " + accounts);
        }
        List<MetricSet> exact = accounts == QuantileFit.SAMPLE_SIZE ? ExactSample.metrics(dice(accounts)) : null;
        int pinned = PublishedRow.index(accounts);
        for (int i = 0; i < accounts; i++) {
            if (i == pinned) {
                sink.accept(publishedRow());
            } else {
                RowDice d = RowDice.roll(i);
                sink.accept(row(i, d, exact == null ? SampledMetrics.draw(d) : exact.get(i)));
            }
        }
    }

    private static List<RowDice> dice(int accounts) {
        List<RowDice> all = new ArrayList<>(accounts);
        for (int i = 0; i < accounts; i++) {
            all.add(RowDice.roll(i));
        }
        return all;
    }

    private static CustomerRow publishedRow() {
        return new CustomerRow(PublishedRow.CUSTOMER_ID, PublishedRow.COMPANY_NAME, PublishedRow.SIGNUP_DATE,
                PublishedRow.CUSTOMER_SEGMENT, PublishedRow.CSM_ASSIGNED, MetricSet.published(),
                PublishedRow.CHURN_RISK, PublishedRow.EXPANSION_POTENTIAL, PublishedRow.INDUSTRY,
                PublishedRow.USE_CASE, PublishedRow.GPU_TYPE_PRIMARY);
    }

    private static CustomerRow row(int index, RowDice d, MetricSet m) {
        // Ids run on from SRVL-3001; the published row holds SRVL-3007 at index 6, and when a
        // sample is shorter than that the other ids stay below it.
        String id = "SRVL-" + (FIRST_ID + index);
        String segment = d.size() + 0.7 * d.segmentNoise() > PRODUCTION_CUTOFF ? "Production Service" : "Development/Testing";
        return new CustomerRow(id, Vocabulary.companyName(index), FIRST_SIGNUP.plusDays(d.signupDay()), segment,
                Vocabulary.pick(Vocabulary.CSMS, d.csmPick()), m,
                CustomerRow.churnRiskFor(m.get(Metric.HEALTH_SCORE)), expansion(m, d.expansionNoise()),
                Vocabulary.pick(Vocabulary.INDUSTRIES, d.industryPick()),
                Vocabulary.pick(Vocabulary.USE_CASES, d.useCasePick()),
                Vocabulary.pick(Vocabulary.GPUS, d.gpuPick()));
    }

    /// Expansion potential grows with usage momentum, health and spend, plus judgement (noise):
    /// a CSM's label, not a formula, so it only leans on the numbers.
    private static String expansion(MetricSet m, double noise) {
        double score = m.get(Metric.INVOCATION_VELOCITY_CHANGE_PCT) / 30
                + (m.get(Metric.HEALTH_SCORE) - 50) / 20
                + Math.log10(m.get(Metric.MONTHLY_SPEND) / 3_441)
                + 0.5 * noise;
        if (score > EXPANSION_HIGH) {
            return "High";
        }
        return score < EXPANSION_LOW ? "Low" : "Medium";
    }
}
