package org.csm.onboarding.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The `ask`, `playbooks` and `scores --json` history contract on the imported sample.
class AskCommandTest extends SampleCliTest {

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void askJsonSaysWhatItUnderstoodAndListsTheRowsWithTheColumnsUsed() throws Exception {
        CommandLineTest.Run r = run("ask", "accounts with error rate over 5%", "--workspace", "s", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = r.json();
        assertTrue(keys(j).containsAll(Set.of("question", "understood", "kind", "rows", "value", "suggestions")), keys(j)::toString);
        assertEquals("rows", j.get("kind").asText());
        assertEquals("accounts where Error Rate > 5%, riskiest first", j.get("understood").asText());
        assertEquals(6, j.get("rows").size());
        JsonNode first = j.get("rows").get(0);
        assertEquals("SRVL-3020", first.get("external_account_id").asText());
        assertEquals("Meridian Bank", first.get("account_name").asText());
        assertEquals(11.65, first.get("error_rate_pct").asDouble(), 1e-9);
    }

    @Test
    void aCountHasItsValue() throws Exception {
        JsonNode j = run("ask", "how many accounts are at risk or critical", "--workspace", "s", "--json").json();
        assertEquals("count", j.get("kind").asText());
        assertEquals(16, j.get("value").asInt());
    }

    @Test
    void aQuestionNotUnderstoodExitsThreeWithSuggestions() throws Exception {
        CommandLineTest.Run r = run("ask", "what is the meaning of life", "--workspace", "s", "--json");
        assertEquals(CommandLine.REFUSED, r.exit());
        JsonNode j = r.json();
        assertEquals("not_understood", j.get("kind").asText());
        assertFalse(j.get("suggestions").isEmpty());
        assertEquals(0, j.get("rows").size());
    }

    @Test
    void playbooksJsonNamesTheKpiAndValueThatTriggeredEach() throws Exception {
        CommandLineTest.Run r = run("playbooks", "--workspace", "s", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode reliability = null;
        for (JsonNode p : r.json()) {
            assertTrue(keys(p).containsAll(Set.of("external_account_id", "account_name", "playbook", "trigger_kpi",
                    "trigger_value", "status", "owner", "due_date", "steps")), keys(p)::toString);
            if (p.get("external_account_id").asText().equals("SRVL-3007") && p.get("playbook").asText().equals("Reliability escalation")) {
                reliability = p;
            }
        }
        assertTrue(reliability != null);
        assertEquals("Error Rate", reliability.get("trigger_kpi").asText());
        assertEquals(13.45, reliability.get("trigger_value").asDouble(), 1e-9);
        assertEquals("at_risk", reliability.get("status").asText());
    }

    @Test
    void scoresJsonAddsThePreviousScoreOnceThereIsHistory() throws Exception {
        JsonNode first = run("scores", "--workspace", "s", "--json").json();
        assertFalse(first.get(0).has("previous_status"), "one snapshot: nothing before it");
        // A configuration import is a configuration change: it appends a snapshot.
        Path config = dir.resolve("c.json");
        assertEquals(0, run("config", "export", config.toString(), "--workspace", "s").exit());
        assertEquals(0, run("config", "import", config.toString(), "--workspace", "s").exit());
        JsonNode second = run("scores", "--workspace", "s", "--json").json();
        for (JsonNode s : second) {
            assertTrue(s.has("previous_status") && s.has("previous_overall"), s::toString);
        }
    }
}
