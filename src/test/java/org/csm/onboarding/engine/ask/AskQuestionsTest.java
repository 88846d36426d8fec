package org.csm.onboarding.engine.ask;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.csm.onboarding.model.HealthStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The Ask engine on the sample workbook: each question with the rows or number it must give.
/// Expected rows are stated either as ids (checked against the sample's values by hand) or as a
/// predicate over the raw columns, so a parser mistake cannot agree with itself. Typos,
/// rewordings, numbers in words and percent written or not are part of the table.
class AskQuestionsTest {

    static AskEngine engine;
    static AskTable t;

    @BeforeAll
    static void sample() throws Exception {
        engine = SampleWorkspace.engine();
        t = engine.table();
    }

    static double num(String key, int r) {
        return t.numbers(key).orElseThrow().value(r);
    }

    static String text(String key, int r) {
        return ((Column.Texts) t.column(key).orElseThrow()).value(r);
    }

    static boolean atRiskOrCritical(int r) {
        return t.status(r) == HealthStatus.AT_RISK || t.status(r) == HealthStatus.CRITICAL;
    }

    /// Expectation kinds: the set of rows matching a predicate, the ordered ids, a count, a value.
    sealed interface Expect {
    }

    record Matching(IntPredicate predicate) implements Expect {
    }

    record Ids(List<String> ids) implements Expect {
    }

    record Count(int count) implements Expect {
    }

    record Value(double value) implements Expect {
    }

    record Kind(AnswerKind kind, String id) implements Expect {
    }

    static Arguments q(String question, IntPredicate p) {
        return Arguments.of(question, new Matching(p));
    }

    static Arguments ids(String question, String... ids) {
        return Arguments.of(question, new Ids(List.of(ids)));
    }

    static Arguments count(String question, int n) {
        return Arguments.of(question, new Count(n));
    }

    static Arguments value(String question, double v) {
        return Arguments.of(question, new Value(v));
    }

    static Arguments kind(String question, AnswerKind kind, String id) {
        return Arguments.of(question, new Kind(kind, id));
    }

    static Stream<Arguments> questions() {
        return Stream.of(
                // KPI filters, comparisons and ranges, with typos and rewordings
                q("accounts with error rate over 5%", r -> num("error_rate_pct", r) > 5),
                q("accounts with eror rate abve five percent", r -> num("error_rate_pct", r) > 5),
                q("which customers have an error rate greater than 5", r -> num("error_rate_pct", r) > 5),
                q("error rate > 5 %", r -> num("error_rate_pct", r) > 5),
                q("inactive for more than 10 days", r -> num("days_since_last_invocation", r) > 10),
                q("accounts with more than ten days since last invocation", r -> num("days_since_last_invocation", r) > 10),
                q("cold start between 30 and 50", r -> num("cold_start_pct", r) >= 30 && num("cold_start_pct", r) <= 50),
                q("cold start percentage from 30 to 50 percent", r -> num("cold_start_pct", r) >= 30 && num("cold_start_pct", r) <= 50),
                q("cold starts 30-50%", r -> num("cold_start_pct", r) >= 30 && num("cold_start_pct", r) <= 50),
                q("accounts with more than 200k contract value", r -> num("contract_value_annual", r) > 200_000),
                q("ACV of at least $200,000", r -> num("contract_value_annual", r) >= 200_000),
                q("velocity below -15%", r -> num("invocation_velocity_change_pct", r) < -15),
                q("monthly spend under 2 thousand", r -> num("monthly_spend", r) < 2_000),
                q("p95 latency above 400000 ms", r -> num("p95_latency_ms", r) > 400_000),
                q("error rate >= 2 and days since last invocation > 7",
                        r -> num("error_rate_pct", r) >= 2 && num("days_since_last_invocation", r) > 7),
                q("high error rate", r -> num("error_rate_pct", r) > 5),
                // status and category scores
                q("which accounts are at risk or critical", AskQuestionsTest::atRiskOrCritical),
                q("show me the unhealthy accounts", AskQuestionsTest::atRiskOrCritical),
                q("critcal accounts", r -> t.status(r) == HealthStatus.CRITICAL),
                q("accounts that are not healthy", r -> t.status(r) != HealthStatus.HEALTHY),
                q("support score below 40", r -> num("support_score", r) < 40),
                q("customers with a sentiment score under 30", r -> num("customer_sentiment_score", r) < 30),
                q("overall score between 50 and 60", r -> num("overall", r) >= 50 && num("overall", r) <= 60),
                // profile values: segment, CSM, industry, use case, GPU type
                q("production accounts", r -> text("customer_segment", r).equals("Production Service")),
                q("accounts managed by Elena Rossi", r -> "Elena Rossi".equals(text("csm_assigned", r))),
                q("elena's accounts at risk", r -> "Elena Rossi".equals(text("csm_assigned", r)) && t.status(r) == HealthStatus.AT_RISK),
                q("show accounts in healthcare", r -> "Healthcare".equals(text("industry", r))),
                q("A100 accounts with churn risk high", r -> "A100".equals(text("gpu_type_primary", r)) && "High".equals(text("churn_risk", r))),
                q("accounts on L40S gpus", r -> "L40S".equals(text("gpu_type_primary", r))),
                q("model inference customers", r -> "Model Inference".equals(text("use_case", r))),
                q("accounts with high expansion potential that are healthy",
                        r -> "High".equals(text("expansion_potential", r)) && t.status(r) == HealthStatus.HEALTHY),
                // combination from the issue
                q("production accounts of David Okafor that are at risk and have high expansion potential",
                        r -> text("customer_segment", r).equals("Production Service") && "David Okafor".equals(text("csm_assigned", r))
                                && t.status(r) == HealthStatus.AT_RISK && "High".equals(text("expansion_potential", r))),
                // top / bottom N
                ids("top 5 accounts by monthly spend", "SRVL-3012", "SRVL-3030", "SRVL-3009", "SRVL-3001", "SRVL-3008"),
                ids("five biggest spenders by spend", "SRVL-3012", "SRVL-3030", "SRVL-3009", "SRVL-3001", "SRVL-3008"),
                ids("which account has the highest error rate", "SRVL-3007"),
                ids("worst 3 accounts", "SRVL-3020", "SRVL-3016", "SRVL-3024"),
                ids("the three riskiest customers", "SRVL-3020", "SRVL-3016", "SRVL-3024"),
                ids("bottom 2 by overall score", "SRVL-3020", "SRVL-3016"),
                ids("best account", "SRVL-3001"),
                // counts, sums, averages, grouped
                count("how many accounts are at risk or critical", 16),
                count("how many critical accounts", 1),
                count("number of accounts with error rate over 2 percent", (int) IntStream.range(0, 35).filter(r -> num("error_rate_pct", r) > 2).count()),
                count("count of healthy accounts", 19),
                value("total contract value of critical accounts", 10_385.35),
                value("average monthly spend", Arrays.stream(t.numbers("monthly_spend").orElseThrow().values()).average().orElseThrow()),
                value("avg spend by segment", Arrays.stream(t.numbers("monthly_spend").orElseThrow().values()).average().orElseThrow()),
                // explanations and playbooks by name part, id, typo
                kind("why is Elastic AI at risk", AnswerKind.EXPLANATION, "SRVL-3007"),
                kind("why is elastik ai corp so low", AnswerKind.EXPLANATION, "SRVL-3007"),
                kind("explain SRVL-3020", AnswerKind.EXPLANATION, "SRVL-3020"),
                kind("what should we do about SRVL-3007", AnswerKind.PLAYBOOKS, "SRVL-3007"),
                kind("what should we do about meridian bank?", AnswerKind.PLAYBOOKS, "SRVL-3020"),
                kind("playbooks for harbor health", AnswerKind.PLAYBOOKS, "SRVL-3032"),
                // computed vs file score, status change (no history yet: nothing changed)
                ids("accounts whose score disagrees most with the file's health score", topGap(10)),
                q("accounts that changed status since the last import", r -> false),
                // never a guess
                kind("what is the weather in Paris", AnswerKind.NOT_UNDERSTOOD, null),
                kind("what is the meaning of life", AnswerKind.NOT_UNDERSTOOD, null),
                kind("why is health at risk", AnswerKind.NOT_UNDERSTOOD, null),
                kind("   ", AnswerKind.NOT_UNDERSTOOD, null));
    }

    static String[] topGap(int n) {
        double[] gap = t == null ? new double[0] : t.numbers(AskTable.SCORE_GAP).orElseThrow().values();
        return IntStream.range(0, gap.length).boxed().sorted((a, b) -> Double.compare(Math.abs(gap[b]), Math.abs(gap[a])))
                .limit(n).map(r -> t.id(r)).toArray(String[]::new);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("questions")
    void answers(String question, Expect expect) {
        Answer a = engine.ask(question);
        switch (expect) {
            case Matching m -> {
                assertEquals(AnswerKind.ROWS, a.kind(), a.problem());
                Set<String> want = Set.copyOf(IntStream.range(0, t.size()).filter(m.predicate()).mapToObj(t::id).toList());
                assertEquals(want, ids(a), a.understood());
            }
            case Ids i -> assertEquals(i.ids(), Arrays.stream(a.rows()).mapToObj(t::id).toList(), a.understood() + " " + a.problem());
            case Count c -> {
                assertEquals(AnswerKind.COUNT, a.kind(), a.problem());
                assertEquals(c.count(), a.value(), 1e-9, a.understood());
            }
            case Value v -> {
                assertEquals(AnswerKind.AGGREGATE, a.kind(), a.problem());
                assertEquals(v.value(), a.value(), 0.01, a.understood());
            }
            case Kind k -> {
                assertEquals(k.kind(), a.kind(), a.understood() + " " + a.problem());
                if (k.id() != null) {
                    assertEquals(List.of(k.id()), Arrays.stream(a.rows()).mapToObj(t::id).toList());
                }
                if (k.kind() == AnswerKind.NOT_UNDERSTOOD) {
                    assertFalse(a.problem().isBlank());
                    assertFalse(a.suggestions().isEmpty(), "a question not understood offers answerable ones");
                    a.suggestions().forEach(s -> assertTrue(engine.ask(s).kind() != AnswerKind.NOT_UNDERSTOOD, s));
                }
            }
        }
        if (a.kind() != AnswerKind.NOT_UNDERSTOOD) {
            assertFalse(a.understood().isBlank(), "every answer says what it understood");
        }
    }

    static Set<String> ids(Answer a) {
        return Set.copyOf(Arrays.stream(a.rows()).mapToObj(t::id).toList());
    }
}
