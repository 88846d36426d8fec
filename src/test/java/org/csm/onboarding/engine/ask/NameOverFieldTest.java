package org.csm.onboarding.engine.ask;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.csm.onboarding.engine.playbook.PlaybookCatalog;
import org.csm.onboarding.model.HealthStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// An account whose name is made of vocabulary words: the sample with Quantum Leap Labs
/// (SRVL-3002) renamed "Velocity Labs", next to the KPI Invocation Velocity Change. A full name
/// written out is the account; "velocity" with a comparison is still the KPI.
class NameOverFieldTest {

    static AskEngine engine;
    static AskTable t;
    static int velocityLabs;

    @BeforeAll
    static void renamed() throws Exception {
        AskTable sample = SampleWorkspace.engine().table();
        String[] ids = new String[sample.size()];
        String[] names = new String[sample.size()];
        HealthStatus[] status = new HealthStatus[sample.size()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = sample.id(r);
            names[r] = ids[r].equals("SRVL-3002") ? "Velocity Labs" : sample.name(r);
            status[r] = sample.status(r);
        }
        t = new AskTable(ids, names, status, null, sample.columns().stream().filter(c -> !c.key().equals(AskTable.STATUS)).toList(),
                sample::details);
        engine = new AskEngine(t, PlaybookCatalog.defaults(), LocalDate.of(2026, 1, 15));
        velocityLabs = t.rowOf("SRVL-3002").orElseThrow();
    }

    private static List<String> ids(Answer a) {
        return Arrays.stream(a.rows()).mapToObj(t::id).toList();
    }

    @Test
    void theFullNameIsTheAccount() {
        Answer why = engine.ask("why is velocity labs at risk");
        assertEquals(AnswerKind.EXPLANATION, why.kind(), why.problem());
        assertEquals(List.of("SRVL-3002"), ids(why));
        Answer plan = engine.ask("what should we do about Velocity Labs?");
        assertEquals(AnswerKind.PLAYBOOKS, plan.kind(), plan.problem());
        Answer rows = engine.ask("velocity labs");
        assertEquals(List.of("SRVL-3002"), ids(rows), rows.understood() + " " + rows.problem());
        Answer errors = engine.ask("error rate of velocity labs");
        assertEquals(List.of("SRVL-3002"), ids(errors), errors.understood());
        assertTrue(errors.columns().stream().anyMatch(c -> c.key().equals("error_rate_pct")), errors.columns()::toString);
    }

    @Test
    void velocityWithAComparisonIsStillTheKpi() {
        double[] v = t.numbers("invocation_velocity_change_pct").orElseThrow().values();
        Answer a = engine.ask("accounts with velocity below -15");
        assertEquals("accounts where Invocation Velocity Change < -15%, riskiest first", a.understood());
        assertEquals(Set.copyOf(IntStream.range(0, v.length).filter(r -> v[r] < -15).mapToObj(t::id).toList()), Set.copyOf(ids(a)));
        Answer of = engine.ask("velocity of velocity labs");
        assertEquals(List.of("SRVL-3002"), ids(of), of.understood() + " " + of.problem());
        assertTrue(of.columns().stream().anyMatch(c -> c.key().equals("invocation_velocity_change_pct")), of.columns()::toString);
    }
}
