package org.csm.onboarding.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csm.onboarding.engine.detect.FileFormat;
import org.csm.onboarding.engine.detect.FormatDetector;
import org.csm.onboarding.engine.template.StandardTemplate;
import org.csm.onboarding.testdata.CustomerFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The command line in-process: output, JSON keys and exit codes.
class CommandLineTest {

    static final String SAMPLE = Path.of("assets/samples/serverless_model_cs_platform.xlsx").toAbsolutePath().toString();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private Run run(String... args) {
        return run(dir.resolve("data"), System.getenv(), args);
    }

    /// The command line in-process with `data` as the default data folder and `variables` as
    /// its environment; never a stack trace on either stream.
    static Run run(Path data, Map<String, String> variables, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Environment env = environment(data, variables);
        int exit = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
        Run r = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.err().contains("at org.") || r.err().contains("Exception"), () -> "stack trace in stderr: " + r.err());
        assertFalse(r.out().contains("at org.") || r.out().contains("Exception"), () -> "stack trace in stdout: " + r.out());
        return r;
    }

    /// A test's environment: `--db` when given, else `data`; no log files.
    static Environment environment(Path data, Map<String, String> variables) {
        return new Environment() {
            @Override
            public Path dataDir(Path override) {
                return override != null ? override : data;
            }

            @Override
            public Path startLogging(Path dataDir) {
                return null;
            }

            @Override
            public Map<String, String> variables() {
                return variables;
            }
        };
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void previewJsonHasTheContractKeys() throws Exception {
        Run r = run("preview", SAMPLE, "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = r.json();
        assertTrue(keys(j).containsAll(Set.of("file", "sheet", "header_row", "format", "mapping", "accounts",
                "kpi_records", "issues", "imported")), keys(j)::toString);
        assertEquals("serverless_model_cs_platform.xlsx", j.get("file").asText());
        assertEquals("Customers", j.get("sheet").asText());
        assertEquals(1, j.get("header_row").asInt());
        assertEquals("data_center_serverless", j.get("format").asText());
        assertEquals("customer_id", j.get("mapping").get("customer_id").asText());
        assertEquals("monthly_spend", j.get("mapping").get("monthly_spend").asText());
        assertEquals(21, j.get("mapping").size());
        assertEquals(35, j.get("accounts").asInt());
        assertEquals(455, j.get("kpi_records").asInt());
        assertFalse(j.get("imported").asBoolean());
        assertTrue(j.get("imported").isBoolean());
        assertEquals(2, j.get("issues").size());
        List<String> codes = new ArrayList<>();
        for (JsonNode issue : j.get("issues")) {
            assertEquals(Set.of("severity", "sheet", "row", "column", "code", "message"), keys(issue));
            codes.add(issue.get("code").asText());
        }
        assertTrue(codes.containsAll(List.of("region_missing", "health_scale_0_100")), codes::toString);
        JsonNode region = j.get("issues").get(codes.indexOf("region_missing"));
        assertEquals("warning", region.get("severity").asText());
        assertTrue(region.get("row").isNull());
        assertFalse(Files.exists(dir.resolve("data").resolve("onboarding.mv.db")));
    }

    @Test
    void importThenScoresExplainAndUndo() throws Exception {
        Run imported = run("import", SAMPLE, "--json");
        assertEquals(0, imported.exit(), imported.err());
        JsonNode ij = imported.json();
        assertTrue(ij.get("imported").asBoolean());
        assertEquals("default", ij.get("workspace").asText());
        assertEquals(35, ij.get("scored_accounts").asInt());

        Run scores = run("scores", "--json");
        assertEquals(0, scores.exit(), scores.err());
        JsonNode array = scores.json();
        assertTrue(array.isArray());
        assertEquals(35, array.size());
        JsonNode elastic = null;
        for (JsonNode s : array) {
            assertTrue(keys(s).containsAll(Set.of("external_account_id", "account_name", "overall", "status", "coverage",
                    "categories")), keys(s)::toString);
            if (s.get("external_account_id").asText().equals("SRVL-3007")) {
                elastic = s;
            }
        }
        assertEquals("Elastic AI Corp", elastic.get("account_name").asText());
        assertEquals(52.83, elastic.get("overall").asDouble());
        assertEquals("at_risk", elastic.get("status").asText());
        assertEquals(0.95, elastic.get("coverage").asDouble());
        assertEquals(4, elastic.get("categories").size());
        assertEquals(70.3, elastic.get("categories").get("Product Usage").asDouble());

        Run explain = run("explain", "SRVL-3007", "--json");
        assertEquals(0, explain.exit(), explain.err());
        JsonNode ej = explain.json();
        assertEquals(52.83, ej.get("overall").asDouble());
        assertEquals(13, ej.get("kpis").size());
        JsonNode first = ej.get("kpis").get(0);
        assertTrue(keys(first).containsAll(Set.of("kpi", "value", "band", "score", "points_added", "points_lost")));
        double added = 0;
        for (JsonNode k : ej.get("kpis")) {
            added += k.get("points_added").asDouble();
        }
        assertEquals(52.83, added, 0.05);

        assertEquals(3, run("explain", "NOPE-1").exit());

        Run undo = run("undo", "--json");
        assertEquals(0, undo.exit());
        assertTrue(undo.json().get("undone").asBoolean());
        assertEquals(35, undo.json().get("accounts").asInt());
        assertEquals(0, run("scores", "--json").json().size());
        Run again = run("undo", "--json");
        assertEquals(0, again.exit());
        assertFalse(again.json().get("undone").asBoolean());
    }

    @Test
    void humanOutputNamesTheAccount() {
        assertEquals(0, run("import", SAMPLE).exit());
        Run scores = run("scores");
        assertEquals(0, scores.exit());
        assertTrue(scores.out().contains("SRVL-3007"), scores.out());
        Run explain = run("explain", "SRVL-3007");
        assertTrue(explain.out().contains("52.8"), explain.out());
    }

    @Test
    void workspacesAreSeparate() throws Exception {
        assertEquals(0, run("import", SAMPLE, "--workspace", "alpha").exit());
        assertEquals(35, run("scores", "--workspace", "alpha", "--json").json().size());
        assertEquals(0, run("scores", "--workspace", "beta", "--json").json().size());
        Path other = dir.resolve("elsewhere");
        assertEquals(0, run("scores", "--db", other.toString(), "--workspace", "alpha", "--json").json().size());
    }

    @Test
    void theTemplateIsRecognisedAndImportsWhenFilledWithOneRow() throws Exception {
        Path template = dir.resolve("out.xlsx");
        Run r = run("template", template.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> headers = new ArrayList<>();
        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(StandardTemplate.ACCOUNTS_SHEET);
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            Row row = sheet.createRow(2);
            List<String> h = headers;
            row.createCell(h.indexOf("External Account ID")).setCellValue("T-1");
            row.createCell(h.indexOf("Account Name")).setCellValue("Template Co");
            row.createCell(h.indexOf("Monthly Spend")).setCellValue(20000);
            row.createCell(h.indexOf("Churn Risk")).setCellValue("Low");
            row.createCell(h.indexOf("Region")).setCellValue("EMEA");
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        assertEquals(FileFormat.STANDARD_TEMPLATE, FormatDetector.detect(headers));
        Run preview = run("preview", filled.toString(), "--json");
        assertEquals("standard_template", preview.json().get("format").asText());
        Run imported = run("import", filled.toString(), "--json");
        assertEquals(0, imported.exit(), imported.out());
        assertTrue(imported.json().get("imported").asBoolean());
        JsonNode scores = run("scores", "--json").json();
        List<String> ids = new ArrayList<>();
        scores.forEach(s -> ids.add(s.get("external_account_id").asText()));
        assertTrue(ids.contains("T-1"), ids::toString);
        assertFalse(ids.contains(StandardTemplate.EXAMPLE_ID), () -> "the example row was imported as an account: " + ids);
        assertEquals(1, ids.size());
        List<String> codes = new ArrayList<>();
        imported.json().get("issues").forEach(i -> codes.add(i.get("code").asText()));
        assertTrue(codes.contains("template_example_row"), codes::toString);
        assertFalse(codes.contains("region_missing"), codes::toString);
    }

    @Test
    void configExportImportRoundTrip() throws Exception {
        assertEquals(0, run("import", SAMPLE).exit());
        Path exported = dir.resolve("config.json");
        assertEquals(0, run("config", "export", exported.toString()).exit());
        JsonNode config = JSON.readTree(Files.readString(exported));
        assertTrue(config.size() > 0);

        String edited = Files.readString(exported).replaceFirst("(\"CUSTOMER_SENTIMENT\"\\s*:\\s*)15\\.0", "$190.0");
        assertNotEquals(Files.readString(exported), edited, "the export names the Customer Sentiment weight");
        Path changed = Files.writeString(dir.resolve("changed.json"), edited);
        Run imported = run("config", "import", changed.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("rescored 35 accounts"), imported.out());
        double overall = 0;
        for (JsonNode s : run("scores", "--json").json()) {
            if (s.get("external_account_id").asText().equals("SRVL-3007")) {
                overall = s.get("overall").asDouble();
            }
        }
        assertNotEquals(52.83, overall);

        Path reexported = dir.resolve("again.json");
        assertEquals(0, run("config", "export", reexported.toString()).exit());
        assertEquals(JSON.readTree(edited), JSON.readTree(Files.readString(reexported)));

        assertEquals(0, run("config", "import", exported.toString()).exit());
        Path third = dir.resolve("third.json");
        run("config", "export", third.toString());
        assertEquals(JSON.readTree(Files.readString(exported)), JSON.readTree(Files.readString(third)));
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run none = run();
        assertEquals(2, none.exit());
        assertTrue(none.out().contains("Usage"));
        Run unknown = run("frobnicate");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("Unknown command"), unknown.err());
        Run option = run("preview", SAMPLE, "--bogus");
        assertEquals(2, option.exit());
        assertTrue(option.err().contains("--bogus"), option.err());
        assertEquals(2, run("preview").exit());
        assertEquals(2, run("config", "sideways", dir.resolve("x.json").toString()).exit());
        assertEquals(0, run("--help").exit());
    }

    @Test
    void aMissingFileIsRefusedWithThree() throws Exception {
        String missing = dir.resolve("nope.xlsx").toString();
        Run r = run("preview", missing);
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("nope.xlsx"), r.err());
        Run j = run("import", missing, "--json");
        assertEquals(3, j.exit());
        assertEquals("file_refused", j.json().get("error").get("code").asText());
    }

    @Test
    void aPdfOrGarbageIsRefusedWithThreeAndAMessage() throws Exception {
        Path pdf = Files.write(dir.resolve("report.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("preview", pdf.toString());
        assertEquals(3, r.exit());
        assertFalse(r.err().isBlank());
        Run j = run("preview", pdf.toString(), "--json");
        assertEquals(3, j.exit());
        JsonNode error = j.json().get("error");
        assertEquals("file_refused", error.get("code").asText());
        assertFalse(error.get("message").asText().isBlank());
        assertFalse(j.json().get("imported").asBoolean());

        byte[] garbage = new byte[4096];
        new java.util.Random(1).nextBytes(garbage);
        Path bin = Files.write(dir.resolve("customers.xlsx"), garbage);
        Run g = run("import", bin.toString(), "--json");
        assertEquals(3, g.exit());
        assertEquals("file_refused", g.json().get("error").get("code").asText());
    }

    @Test
    void errorsInTheDataExitWithThreeAndImportNothing() throws Exception {
        Path bad = CustomerFile.serverless().account("A-1").account("A-2", "company_name", null)
                .account("A-3", "daily_invocations", "abc").writeXlsx(dir, "bad.xlsx");
        Run preview = run("preview", bad.toString(), "--json");
        assertEquals(3, preview.exit());
        JsonNode issue = null;
        JsonNode cell = null;
        for (JsonNode i : preview.json().get("issues")) {
            if (i.get("code").asText().equals("missing_account_name")) {
                issue = i;
            } else if (i.get("code").asText().equals("invalid_number")) {
                cell = i;
            }
        }
        assertEquals("error", issue.get("severity").asText());
        assertEquals(3, issue.get("row").asInt());
        assertEquals("company_name", issue.get("column").asText());
        assertEquals("Customers", issue.get("sheet").asText());
        // A bad KPI cell costs that KPI only: a warning, and the account stays.
        assertEquals("warning", cell.get("severity").asText());
        assertEquals(4, cell.get("row").asInt());
        assertTrue(cell.get("message").asText().contains("\"abc\""), cell.toString());

        Run imported = run("import", bad.toString(), "--json");
        assertEquals(3, imported.exit());
        assertFalse(imported.json().get("imported").asBoolean());
        assertEquals(0, run("scores", "--json").json().size());

        Run skipped = run("import", bad.toString(), "--skip-invalid-rows", "--json");
        assertEquals(0, skipped.exit());
        assertEquals(1, skipped.json().get("skipped_rows").asInt());
        assertEquals(2, run("scores", "--json").json().size());
    }

    @Test
    void duplicateIdsAreAnErrorUnlessTheCsmSaysWhichRowToKeep() throws Exception {
        Path dup = CustomerFile.serverless().account("A-1", "company_name", "First Co").account("A-2")
                .account("a-1", "company_name", "Second Co").writeXlsx(dir, "dup.xlsx");
        Run refused = run("import", dup.toString(), "--json");
        assertEquals(3, refused.exit());
        assertEquals(2, run("import", dup.toString(), "--on-duplicate", "sometimes").exit());
        for (String[] choice : new String[][] {{"first", "First Co", "2"}, {"last", "Second Co", "2"}, {"neither", null, "1"}}) {
            Run r = run("import", dup.toString(), "--on-duplicate", choice[0], "--workspace", choice[0], "--json");
            assertEquals(0, r.exit(), r.err());
            JsonNode scores = run("scores", "--workspace", choice[0], "--json").json();
            assertEquals(Integer.parseInt(choice[2]), scores.size(), scores::toString);
            String name = null;
            for (JsonNode s : scores) {
                if (s.get("external_account_id").asText().equalsIgnoreCase("A-1")) {
                    name = s.get("account_name").asText();
                }
            }
            assertEquals(choice[1], name, choice[0]);
            assertEquals("neither".equals(choice[0]) ? 2 : 1, r.json().get("skipped_rows").asInt(), choice[0]);
        }
    }

    @Test
    void tooFewKpisAreRefusedWithTheirNamesUnlessAllowed() throws Exception {
        Path few = CustomerFile.withHeaders("Customer ID", "Company", "MRR").row("X-1", "Xylo Ltd", 12000.0)
                .row("X-2", "Yarn Inc", 500.0).writeXlsx(dir, "few.xlsx");
        Run preview = run("preview", few.toString(), "--json");
        assertEquals(List.of("Monthly Spend"), names(preview.json().get("kpis_mapped")));
        assertEquals(12, preview.json().get("kpis_missing").size());
        assertTrue(names(preview.json().get("kpis_missing")).contains("Churn Risk Score"));
        Run refused = run("import", few.toString(), "--json");
        assertEquals(3, refused.exit());
        assertEquals("too_few_kpis", refused.json().get("error").get("code").asText());
        assertTrue(refused.err().contains("1 of 13 KPIs found"), refused.err());
        assertTrue(refused.err().contains("Daily Invocations"), refused.err());
        assertEquals(0, run("scores", "--json").json().size());
        Run allowed = run("import", few.toString(), "--allow-few-kpis", "--json");
        assertEquals(0, allowed.exit(), allowed.err());
        assertEquals(2, run("scores", "--json").json().size());
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void mistypedCommandsAndOptionsGetASuggestion() {
        Run command = run("scroes");
        assertEquals(2, command.exit());
        assertTrue(command.err().contains("Unknown command \"scroes\"."), command.err());
        assertTrue(command.err().contains("Did you mean: scores?"), command.err());
        Run option = run("scores", "--worksapce", "alpha");
        assertEquals(2, option.exit());
        assertTrue(option.err().contains("Unknown option --worksapce."), option.err());
        assertTrue(option.err().contains("--workspace"), option.err());
        Run value = run("scores", "--workspace");
        assertEquals(2, value.exit());
        assertTrue(value.err().contains("--workspace needs a value."), value.err());
        Run extra = run("scores", "surplus");
        assertEquals(2, extra.exit());
        assertTrue(extra.err().contains("Unexpected argument: surplus."), extra.err());
        Run missing = run("explain");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Missing ACCOUNT_ID"), missing.err());
        assertEquals(2, run("bench", "--rows", "many").exit());
        assertEquals(2, run("config").exit());
    }

    @Test
    void everyCommandHasGeneratedHelp() {
        Run help = run("import", "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("--skip-invalid-rows") && help.out().contains("--workspace"), help.out());
        Run viaHelp = run("help", "explain");
        assertEquals(0, viaHelp.exit());
        assertTrue(viaHelp.out().contains("ACCOUNT_ID"), viaHelp.out());
        Run top = run("help");
        assertEquals(0, top.exit());
        for (String command : List.of("preview", "import", "scores", "explain", "undo", "template", "config", "bench", "completion")) {
            assertTrue(top.out().contains(command), () -> command + " missing from " + top.out());
        }
        assertTrue(run("--version").out().startsWith("CSM Onboarding "));
        assertEquals(run("--version").out(), run("version").out());
    }

    @Test
    void theCompletionScriptKnowsCommandsAndOptions() {
        Run r = run("completion");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("complete -F"), r.out());
        assertTrue(r.out().contains("explain") && r.out().contains("--skip-invalid-rows"), "commands and options are completed");
    }

    @Test
    void jsonPrintsOneErrorObjectWhateverTheExitCode() throws Exception {
        Run usage = run("scores", "--bogus", "--json");
        assertEquals(2, usage.exit());
        assertEquals("usage", usage.json().get("error").get("code").asText());
        assertEquals("default", usage.json().get("workspace").asText());

        Run notFound = run("explain", "NOPE-1", "--json");
        assertEquals(3, notFound.exit());
        assertEquals("account_not_found", notFound.json().get("error").get("code").asText());
        assertEquals("NOPE-1", notFound.json().get("external_account_id").asText());

        try (var held = org.csm.onboarding.store.Store.open(dir.resolve("data"))) {
            Run locked = run("import", SAMPLE, "--json");
            assertEquals(1, locked.exit());
            JsonNode j = locked.json();
            assertEquals("database_locked", j.get("error").get("code").asText());
            assertTrue(j.get("error").get("message").asText().contains("in use by another copy"), j::toString);
            assertEquals("serverless_model_cs_platform.xlsx", j.get("file").asText());
            assertFalse(j.get("imported").asBoolean());
            assertTrue(locked.err().contains("in use by another copy"), locked.err());
            Run scores = run("scores", "--json");
            assertEquals(1, scores.exit());
            assertTrue(scores.json().isObject());
        }
        Run exported = run("config", "export", dir.resolve("c.json").toString(), "--json");
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(exported.json().get("saved").asBoolean());
    }

    /// picocli formats descriptions with String.format: a bare '%' prints "[picocli WARN] Could
    /// not format ..." to the process's stderr on every --help. Every command's help, walked from the root.
    @Test
    void everyCommandsHelpPrintsWithoutAWarning() {
        List<List<String>> paths = new ArrayList<>();
        Environment env = environment(dir, System.getenv());
        collect(new picocli.CommandLine(new RootCommand(), new CommandFactory(new Session(System.out, System.err, env))),
                new ArrayList<>(), paths);
        assertTrue(paths.size() > 10, () -> "commands found: " + paths);
        PrintStream original = System.err;
        var captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (List<String> path : paths) {
                List<String> args = new ArrayList<>(path);
                args.add("--help");
                Run r = run(args.toArray(String[]::new));
                assertEquals(0, r.exit(), () -> String.join(" ", args) + ": " + r.err());
                assertFalse(r.out().isBlank(), () -> String.join(" ", args) + " printed no help");
            }
        } finally {
            System.setErr(original);
        }
        String warnings = captured.toString(StandardCharsets.UTF_8);
        assertFalse(warnings.contains("picocli"), warnings);
    }

    private static void collect(picocli.CommandLine command, List<String> path, List<List<String>> into) {
        into.add(path);
        for (var sub : command.getSubcommands().entrySet()) {
            if (!sub.getKey().equals(sub.getValue().getCommandName())) {
                continue; // an alias: its command is walked under its own name
            }
            List<String> next = new ArrayList<>(path);
            next.add(sub.getKey());
            collect(sub.getValue(), next, into);
        }
    }
}
