package org.csm.onboarding.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.csm.onboarding.testdata.CustomerFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `--custom-kpi` on preview and import, and custom KPIs through `config export` / `config import`.
class CustomKpiCommandTest {

    @TempDir
    Path dir;
    String file;

    @BeforeEach
    void file() throws Exception {
        CustomerFile customers = CustomerFile.serverless().addColumn("tickets", "Open tickets, 30d");
        int[] tickets = {2, 4, 6, 8, 10, 12, 14};
        for (int i = 0; i < tickets.length; i++) {
            customers.account("T-" + (i + 1), "tickets", tickets[i]);
        }
        file = customers.writeCsv(dir, "tickets.csv", ',', StandardCharsets.UTF_8).toString();
    }

    private CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(dir.resolve("data"), System.getenv(), args);
    }

    private static JsonNode kpi(JsonNode explanation, String key) {
        for (JsonNode k : explanation.get("kpis")) {
            if (k.get("kpi").asText().equals(key)) {
                return k;
            }
        }
        throw new AssertionError("no " + key + " in " + explanation);
    }

    @Test
    void previewSuggestsThresholdsAndAddsTheCustomKpisKey() throws Exception {
        JsonNode plain = run("preview", file, "--json").json();
        CommandLineTest.Run r = run("preview", file, "--json", "--custom-kpi",
                "column=Open tickets, 30d,name=Open Tickets,category=support,direction=lower");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = r.json();
        assertEquals(plain.get("kpi_records").asInt() + 7, json.get("kpi_records").asInt());
        assertEquals(plain.get("kpis_mapped"), json.get("kpis_mapped"), "the gate's 13 KPIs are unchanged");
        JsonNode custom = json.get("custom_kpis").get(0);
        assertEquals("custom_open_tickets", custom.get("key").asText());
        assertEquals("Open tickets, 30d", custom.get("column").asText());
        assertEquals("Support", custom.get("category").asText());
        assertEquals("lower", custom.get("direction").asText());
        assertEquals("Medium", custom.get("impact").asText());
        // 2..14: P75 = 11 is Critical, P25 = 5 Healthy.
        assertEquals(11, custom.get("critical").asDouble());
        assertEquals(5, custom.get("healthy").asDouble());
        assertTrue(custom.get("in_file").asBoolean());
        assertEquals(0, plain.get("custom_kpis").size());
    }

    @Test
    void importScoresItAndConfigExportImportCarriesIt() throws Exception {
        CommandLineTest.Run imported = run("import", file, "--workspace", "acme", "--json", "--custom-kpi",
                "column=Open tickets, 30d,name=Open Tickets,category=support,direction=lower,critical=11,healthy=5,impact=high");
        assertEquals(0, imported.exit(), imported.err());
        // 2 on 11..5: t = 1.5 -> 83.5, Healthy.
        JsonNode t1 = kpi(run("explain", "T-1", "--workspace", "acme", "--json").json(), "custom_open_tickets");
        assertEquals(83.5, t1.get("score").asDouble());
        assertEquals("healthy", t1.get("band").asText());
        assertEquals("Open Tickets", t1.get("name").asText());

        Path exported = dir.resolve("acme.json");
        assertEquals(0, run("config", "export", exported.toString(), "--workspace", "acme").exit());
        String json = Files.readString(exported);
        assertTrue(json.contains("\"customKpis\"") && json.contains("\"column\" : \"Open tickets, 30d\""), json);

        // Another workspace loads the configuration, then imports the file without the option
        // (and with an explicit mapping, so nothing is recalled): the configuration's custom KPI is read.
        assertEquals(0, run("config", "import", exported.toString(), "--workspace", "globex").exit());
        assertEquals(0, run("import", dir.resolve("tickets.csv").toString(), "--workspace", "globex", "--mapping",
                mapping().toString()).exit());
        JsonNode globex = kpi(run("explain", "T-7", "--workspace", "globex", "--json").json(), "custom_open_tickets");
        // 14 on 11..5: t = -0.5 -> 33 x 0.5 = 16.5, Critical.
        assertEquals(16.5, globex.get("score").asDouble());
        assertEquals("critical", globex.get("band").asText());
    }

    /// An explicit mapping, so the second import does not recall the first one's custom KPI.
    private Path mapping() throws Exception {
        StringBuilder json = new StringBuilder("{");
        for (String h : CustomerFile.SERVERLESS_HEADERS) {
            json.append(json.length() > 1 ? "," : "").append('"').append(h).append("\":\"").append(h).append('"');
        }
        Path p = dir.resolve("mapping.json");
        Files.writeString(p, json.append('}').toString());
        return p;
    }

    @Test
    void aBadSpecIsAUsageErrorThatSaysWhatToWrite() throws Exception {
        CommandLineTest.Run category = run("preview", file, "--json", "--custom-kpi",
                "column=Open tickets, 30d,category=happiness,direction=lower");
        assertEquals(2, category.exit());
        JsonNode error = category.json().get("error");
        assertEquals("usage", error.get("code").asText());
        assertTrue(error.get("message").asText().contains("category=happiness is not one of product-usage, business-outcomes,"
                + " support, customer-sentiment, relationship-strength"), error.toString());

        CommandLineTest.Run taken = run("preview", file, "--custom-kpi", "column=monthly_spend,category=support,direction=higher");
        assertEquals(2, taken.exit());
        assertTrue(taken.err().contains("\"monthly_spend\" already feeds monthly_spend"), taken.err());

        CommandLineTest.Run missing = run("preview", file, "--custom-kpi", "column=NPS,category=customer sentiment,direction=higher");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("The file has no column \"NPS\""), missing.err());
    }
}
