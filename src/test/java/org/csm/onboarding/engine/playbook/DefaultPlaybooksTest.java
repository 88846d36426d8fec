package org.csm.onboarding.engine.playbook;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.engine.ask.Column;
import org.csm.onboarding.engine.ask.SampleWorkspace;
import org.csm.onboarding.model.HealthStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The issue's default triggers for this business, pinned on the sample: every account gets
/// exactly the playbooks the rules in the issue give, computed here from the raw columns.
class DefaultPlaybooksTest {

    static AskTable t;
    static PlaybookAdvisor advisor;
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    @BeforeAll
    static void sample() throws Exception {
        t = SampleWorkspace.engine().table();
        advisor = new PlaybookAdvisor(PlaybookCatalog.defaults(), t, TODAY);
    }

    static double num(String key, int r) {
        return t.numbers(key).orElseThrow().value(r);
    }

    static Set<String> expected(int r) {
        Set<String> ids = new HashSet<>();
        HealthStatus s = t.status(r);
        if (num("invocation_velocity_change_pct", r) < -15) {
            ids.add("re-engagement");
        }
        double days = num("days_since_last_invocation", r);
        if (days > 14) {
            ids.add("inactivity-escalation");
        } else if (days > 7) {
            ids.add("inactivity-outreach");
        }
        double error = num("error_rate_pct", r);
        if (error > 5) {
            ids.add("reliability-escalation");
        } else if (error > 2) {
            ids.add("reliability-review");
        }
        if (num("cold_start_pct", r) > 50) {
            ids.add("cold-start-tuning");
        }
        if (s == HealthStatus.CRITICAL) {
            ids.add("executive-save");
        }
        String expansion = ((Column.Texts) t.column("expansion_potential").orElseThrow()).value(r);
        if ("High".equals(expansion) && s == HealthStatus.HEALTHY) {
            ids.add("expansion-conversation");
        }
        if (num("contract_value_annual", r) >= 200_000 && (s == HealthStatus.AT_RISK || s == HealthStatus.CRITICAL)) {
            ids.add("renewal-safeguard");
        }
        return ids;
    }

    @Test
    void everyAccountGetsExactlyThePlaybooksOfTheIssuesRules() {
        int total = 0;
        for (int r = 0; r < t.size(); r++) {
            Set<String> got = new HashSet<>(advisor.forAccount(r).stream().map(x -> x.playbook().id()).toList());
            assertEquals(expected(r), got, t.id(r));
            total += got.size();
        }
        assertTrue(total > 35, "the sample triggers many playbooks: " + total);
    }

    @Test
    void elasticAiGetsItsFourPlaybooksWithTheKpiAndValueThatFiredThem() {
        int row = t.rowOf("SRVL-3007").orElseThrow();
        List<Recommendation> recs = advisor.forAccount(row);
        assertEquals(List.of("Re-engagement campaign", "Inactivity escalation", "Reliability escalation", "Renewal safeguard"),
                recs.stream().map(r -> r.playbook().name()).toList());
        Recommendation reliability = recs.get(2);
        assertEquals("Error Rate", reliability.triggerKpi());
        assertEquals(13.45, reliability.triggerNumber());
        assertEquals("Support Lead", reliability.owner());
        assertEquals(TODAY.plusDays(2), reliability.dueDate());
        assertTrue(reliability.why().contains("Error Rate is 13.45% (> 5%)"), reliability.why());
    }

    @Test
    void aStatusOnlyTriggerNamesNoKpi() {
        int row = t.rowOf("SRVL-3020").orElseThrow();
        Recommendation save = advisor.forAccount(row).stream().filter(r -> r.playbook().id().equals("executive-save"))
                .findFirst().orElseThrow();
        assertEquals("", save.triggerKpi());
        assertEquals("Critical", save.triggerValue());
    }

    @Test
    void theDefaultCatalogueIsValidAndSurvivesAJsonRoundTrip() throws Exception {
        PlaybookCatalog defaults = PlaybookCatalog.defaults();
        assertEquals(List.of(), defaults.problems());
        assertEquals(defaults, PlaybookCatalog.fromJson(defaults.toJson()));
    }

    @Test
    void aBrokenCatalogueSaysWhatIsWrong() throws Exception {
        PlaybookCatalog broken = PlaybookCatalog.fromJson("""
                {"playbooks": [{"id": "x", "name": "X", "trigger": {"kpi": "error_rate_pct", "op": "~", "value": 2}},
                               {"id": "x", "name": "Y", "trigger": {"status": ["sad"]}}]}""");
        List<String> problems = broken.problems();
        assertEquals(3, problems.size(), problems.toString());
    }
}
