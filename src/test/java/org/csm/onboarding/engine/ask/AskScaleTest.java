package org.csm.onboarding.engine.ask;

import java.time.LocalDate;
import java.util.Arrays;

import org.csm.onboarding.engine.playbook.PlaybookCatalog;
import org.csm.onboarding.service.AskBenchmark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The engine on a large generated table: answers stay correct where partial selection and
/// memoised text matching replace the simple paths (speed itself is measured by `bench`).
class AskScaleTest {

    static AskEngine engine;
    static AskTable t;

    @BeforeAll
    static void build() {
        t = SyntheticTable.of(20_000);
        engine = new AskEngine(t, PlaybookCatalog.defaults(), LocalDate.of(2026, 1, 15));
    }

    @Test
    void topTenBySpendIsTheTenLargestInOrder() {
        double[] spend = t.numbers("monthly_spend").orElseThrow().values();
        int[] rows = engine.ask("top 10 accounts by monthly spend").rows();
        double[] want = Arrays.stream(spend).boxed().sorted((a, b) -> Double.compare(b, a)).limit(10).mapToDouble(Double::doubleValue).toArray();
        assertEquals(10, rows.length);
        for (int i = 0; i < 10; i++) {
            assertEquals(want[i], spend[rows[i]]);
        }
    }

    @Test
    void groupedCountsAddUpToTheWhole() {
        Answer a = engine.ask("how many accounts per csm");
        assertEquals(t.size(), a.groups().stream().mapToInt(Answer.Group::accounts).sum());
        assertEquals(200, a.groups().size());
    }

    @Test
    void statusChangeComparesWithThePreviousSnapshot() {
        Answer a = engine.ask("which accounts got worse since the last import");
        assertTrue(a.rows().length > 0);
        for (int r : a.rows()) {
            assertTrue(AskTable.riskRank(t.status(r)) < AskTable.riskRank(t.previousStatus(r)), t.id(r));
        }
    }

    @Test
    void playbooksForManyAccountsStopAtTheRiskiest() {
        Answer a = engine.ask("what should we do about critical accounts");
        assertEquals(AnswerKind.PLAYBOOKS, a.kind());
        assertEquals(Interpreter.MAX_PLAYBOOK_ACCOUNTS, a.rows().length);
        assertTrue(a.understood().contains("first " + Interpreter.MAX_PLAYBOOK_ACCOUNTS), a.understood());
    }

    @Test
    void theBenchmarkAnswersEveryQuestionButTheNonsenseOne() {
        AskBenchmark.Result r = AskBenchmark.run(engine, 1);
        assertEquals(20_000, r.accounts());
        assertEquals(12, r.answers(), "13 questions, one of them not answerable");
        assertTrue(r.medianMs() <= r.maxMs());
    }
}
