package org.csm.onboarding.cli;

import org.csm.onboarding.sample.SampleWorkbookGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/// `bench`: generates workbooks with the sample generator and measures each stage of the
/// pipeline with its peak heap, as a ratio to the floor measured in the same run (inflating the
/// sheet XML alone). A tool to run by hand (e.g. under -Xmx512m), never a timed unit test.
@Command(name = "bench", description = "Time each stage (read, preview, import, rescore, undo, ask) against "
        + "the time to inflate the sheet alone, with peak heap and database size.")
final class BenchCommand extends SessionCommand {

    @Option(names = "--rows", paramLabel = "N,N", split = ",", defaultValue = "35,100000",
            description = "workbook sizes to generate and measure (default: ${DEFAULT-VALUE})")
    int[] sizes;

    @Option(names = "--dir", paramLabel = "DIR", description = "work folder for the workbooks and databases (default: a temporary folder)")
    Path workDir;

    @Option(names = "--db-url", paramLabel = "URL", description = "also measure the database stages on this "
            + "PostgreSQL database (a new workspace per run), next to H2")
    String dbUrl;

    @Option(names = "--json", description = "print one JSON object per size")
    boolean json;

    @Option(names = "--fx-pause", description = "also import once more the way the desktop app does (JavaFX, "
            + "headless) and report the longest pause of its UI thread meanwhile (stage fx_pause, fx_max_pause_ms); then "
            + "open its dashboard on those accounts, sort, search, filter and select, and report each action's longest "
            + "pause and time until shown (stage dashboard_fx_pause, dashboard_fx_pause_ms, dashboard_done_ms)")
    boolean fxPause;

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(Session session) {
        super(session);
        this.out = session.out;
        this.err = session.err;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = workDir != null ? workDir : Files.createTempDirectory("onboarding-bench");
        Files.createDirectories(dir);
        session.startLogging(dir);
        if (!json) {
            out.printf("Max heap %d MB, %d cores, work folder %s%n", Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(), dir);
            out.printf("%-10s %-20s %10s %12s %14s %10s%n", "rows", "stage", "seconds", "rows/s", "peak heap MB", "x floor");
        }
        for (int n : sizes) {
            Path file = dir.resolve("bench-" + n + ".xlsx");
            if (!Files.exists(file)) {
                err.println("Generating " + file + " ...");
                SampleWorkbookGenerator.write(file, n);
            }
            Path db = dir.resolve("db-" + n + "-" + System.nanoTime());
            PauseProbe probe = fxPause ? session.pauseProbe().orElseThrow(() -> new CommandFailure(CommandLine.REFUSED,
                    "no_desktop", "--fx-pause needs the desktop app's JavaFX, which this build does not have")) : null;
            BenchRun.Result result = BenchRun.run(n, file, db, json ? (name, stage) -> { }
                    : (name, stage) -> err.printf("  %s done: %.2f s, %d MB%n", name, stage.seconds(), stage.peakHeapMb()),
                    probe);
            if (json) {
                session.printJson(toJson(result));
            } else {
                print(result);
            }
            if (dbUrl != null) {
                DataOptions team = new DataOptions();
                team.dbUrl = dbUrl;
                BenchRun.Result onServer = BenchRun.run(n, file, session.location(team));
                if (json) {
                    Map<String, Object> m = toJson(onServer);
                    m.put("database", "postgresql");
                    session.printJson(m);
                } else {
                    out.println("PostgreSQL " + session.location(team).describe() + ":");
                    print(onServer);
                }
            }
        }
        if (!json) {
            out.println("floor = inflating the sheet XML alone; import = one transaction (read, transform, store, score);"
                    + " rescore = all accounts with new weights, in memory; change_config = saving them (rescore + score history);"
                    + " undo = of the unchanged re-import, undo_import = of the import.");
        }
        return CommandLine.OK;
    }

    private void print(BenchRun.Result r) {
        r.stages().forEach((name, stage) -> out.printf("%-10d %-20s %10.2f %12.0f %14d %10.1f%s%n", r.rows(), name,
                stage.seconds(), r.rows() / stage.seconds(), stage.peakHeapMb(), r.ratio(name),
                stage.error() == null ? "" : "  (" + stage.error() + ")"));
        if (r.dbBytes() == 0) {
            return; // a server database: its size is the server's business
        }
        out.printf("%-10d %-20s file %d MB, database %d MB, compacted %d MB (%.2fx)%n", r.rows(), "size",
                r.fileBytes() >> 20, r.dbBytes() >> 20, r.dbBytesCompacted() >> 20,
                (double) r.dbBytes() / Math.max(1, r.dbBytesCompacted()));
        if (!Double.isNaN(r.fxMaxPauseMs())) {
            out.printf("%-10d %-20s %.0f ms%n", r.rows(), "fx max pause", r.fxMaxPauseMs());
        }
        if (r.dashboard() != null) {
            r.dashboard().maxPauseMs().forEach((action, ms) -> out.printf("%-10d %-20s max pause %.0f ms, shown after %.0f ms%n",
                    r.rows(), "dashboard " + action, ms, r.dashboard().doneMs().get(action)));
        }
        if (r.answers() != null) {
            out.printf("%-10d %-20s %d understood; each answer median %.1f ms, p95 %.1f ms, max %.1f ms%n", r.rows(), "ask each question",
                    r.answers().answers(), r.answers().medianMs(), r.answers().p95Ms(), r.answers().maxMs());
        }
    }

    static Map<String, Object> toJson(BenchRun.Result r) {
        Map<String, Object> stages = new LinkedHashMap<>();
        r.stages().forEach((name, stage) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("seconds", Math.round(stage.seconds() * 1000) / 1000.0);
            s.put("peak_heap_mb", stage.peakHeapMb());
            if (stage.error() != null) {
                s.put("error", stage.error());
            }
            stages.put(name, s);
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", r.rows());
        m.put("file_bytes", r.fileBytes());
        m.put("stages", stages);
        m.put("db_bytes", r.dbBytes());
        m.put("db_bytes_compacted", r.dbBytesCompacted());
        if (!Double.isNaN(r.fxMaxPauseMs())) {
            m.put("fx_max_pause_ms", Math.round(r.fxMaxPauseMs() * 10) / 10.0);
        }
        if (r.dashboard() != null) {
            // Per action (open, sort_name, search_acme, filter_status, select, charts, ...).
            m.put("dashboard_fx_pause_ms", new LinkedHashMap<>(r.dashboard().maxPauseMs()));
            m.put("dashboard_done_ms", new LinkedHashMap<>(r.dashboard().doneMs()));
        }
        if (r.answers() != null) {
            // Each benchmark question answered on its own, from memory (the 50 ms is per answer).
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put("understood", r.answers().answers());
            answers.put("median", round1(r.answers().medianMs()));
            answers.put("p95", round1(r.answers().p95Ms()));
            answers.put("max", round1(r.answers().maxMs()));
            m.put("ask_answers_ms", answers);
        }
        return m;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
