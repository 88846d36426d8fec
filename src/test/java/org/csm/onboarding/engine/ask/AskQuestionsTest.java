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
                // rank by label: the extreme label present, riskiest first (sample: Churn Risk High is
                // 3007, 3016, 3020, 3033; 3020 Meridian Bank is the one Critical account)
                q("accounts with the highest churn risk", r -> "High".equals(text("churn_risk", r))),
                ids("which account has the highest churn risk", "SRVL-3020"),
                q("worst churn risk", r -> "High".equals(text("churn_risk", r))),
                q("customers with the lowest expansion potential", r -> "Low".equals(text("expansion_potential", r))),
                q("accounts with churn risk medium or high", r -> !"Low".equals(text("churn_risk", r))),
                ids("riskiest accounts", byOverall(10, false)),
                ids("the healthiest account", "SRVL-3001"),
                ids("healthiest customers", byOverall(10, true)),
                // dates: signup years and months (sample: 2023 has 8 signups, 2024 has 6; after
                // March 2024 are 3009, 3010, 3012, 3029; June 2023 only 3023 Kestrel Pharma)
                q("customers that signed up in 2023", r -> signup(r, "2023-01-01", "2023-12-31")),
                q("customers since 2022", r -> signup(r, "2022-01-01", "2100-01-01")),
                q("accounts that joined after March 2024", r -> signup(r, "2024-04-01", "2100-01-01")),
                count("how many accounts joined after march 2024", 4),
                count("how many customers signed up in 2024", 6),
                ids("customers who joined in June 2023", "SRVL-3023"),
                q("accounts onboarded before 2022", r -> signup(r, "1900-01-01", "2021-12-31")),
                q("signup date between 2022 and 2023", r -> signup(r, "2022-01-01", "2023-12-31")),
                q("accounts with error rate over 5% that signed up since 2023",
                        r -> num("error_rate_pct", r) > 5 && signup(r, "2023-01-01", "2100-01-01")),
                // "low" and "high" are below / above the KPI's Healthy threshold
                q("accounts with low error rate", r -> num("error_rate_pct", r) < healthy("error_rate_pct")),
                q("low daily invocations", r -> num("daily_invocations", r) < healthy("daily_invocations")),
                q("customers with high cold start percentage", r -> num("cold_start_pct", r) > healthy("cold_start_pct")),
                // more rewordings and typos
                count("how many custmers are critical", 1),
                value("avrage monthly spend", Arrays.stream(t.numbers("monthly_spend").orElseThrow().values()).average().orElseThrow()),
                ids("show me the top 3 accounts by contract value", "SRVL-3012", "SRVL-3030", "SRVL-3009"),
                q("which customers have been inactive for over two weeks", r -> num("days_since_last_invocation", r) > 14),
                q("accounts with more than 2% errors", r -> num("error_rate_pct", r) > 2),
                q("list custmers with velocty under minus 15 percent", r -> num("invocation_velocity_change_pct", r) < -15),
                q("critical or at-risk accounts managed by marcus chen",
                        r -> "Marcus Chen".equals(text("csm_assigned", r)) && atRiskOrCritical(r)),
                value("total arr of at risk accounts", IntStream.range(0, 35).filter(r -> t.status(r) == HealthStatus.AT_RISK)
                        .mapToDouble(r -> num("contract_value_annual", r)).sum()),
                q("healthcare customers that are healthy", r -> "Healthcare".equals(text("industry", r)) && t.status(r) == HealthStatus.HEALTHY),
                ids("lowest 3 accounts by daily invocations", "SRVL-3004", "SRVL-3020", "SRVL-3027"),
                q("accounts with error rates between two and five percent",
                        r -> num("error_rate_pct", r) >= 2 && num("error_rate_pct", r) <= 5),
                ids("highest spending customer", "SRVL-3012"),
                count("number of accounts not in production", (int) IntStream.range(0, 35)
                        .filter(r -> !"Production Service".equals(text("customer_segment", r))).count()),
                value("sum of monthly spend for priya sharma", IntStream.range(0, 35).filter(r -> "Priya Sharma".equals(text("csm_assigned", r)))
                        .mapToDouble(r -> num("monthly_spend", r)).sum()),
                // never a guess: "labs" alone names no account, and no account is called Velocity Labs
                kind("velocity labs", AnswerKind.NOT_UNDERSTOOD, null),
                kind("why is labs at risk", AnswerKind.NOT_UNDERSTOOD, null),
                // never a guess
                kind("what is the weather in Paris", AnswerKind.NOT_UNDERSTOOD, null),
                kind("what is the meaning of life", AnswerKind.NOT_UNDERSTOOD, null),
                kind("why is health at risk", AnswerKind.NOT_UNDERSTOOD, null),
                kind("   ", AnswerKind.NOT_UNDERSTOOD, null));
    }

    static boolean signup(int r, String from, String to) {
        double d = num("signup_date", r);
        return !Double.isNaN(d) && d >= java.time.LocalDate.parse(from).toEpochDay() && d <= java.time.LocalDate.parse(to).toEpochDay();
    }

    static double healthy(String key) {
        return t.numbers(key).orElseThrow().healthy();
    }

    /// The n accounts with the lowest (or highest) overall score, from the raw column.
    static String[] byOverall(int n, boolean highest) {
        double[] o = t == null ? new double[0] : t.numbers(AskTable.OVERALL).orElseThrow().values();
        return IntStream.range(0, o.length).boxed().sorted((a, b) -> highest ? Double.compare(o[b], o[a]) : Double.compare(o[a], o[b]))
                .limit(n).map(r -> t.id(r)).toArray(String[]::new);
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
