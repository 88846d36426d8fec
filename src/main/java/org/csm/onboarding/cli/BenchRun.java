package org.csm.onboarding.cli;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.read.TableReaders;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.Weights;
import org.csm.onboarding.service.AskBenchmark;
import org.csm.onboarding.service.AskService;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.ImportResult;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.dialect.DbLocation;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/// The stages of one `bench` size, in order, each timed with its peak heap: the floor
/// (inflating the sheet XML alone), reading, the preview's first rows, the import (one
/// transaction: read, transform, store, score), a rescore after a weight change and applying
/// that change, an unchanged re-import, undo of that and of the import, a question with loading
/// the workspace (`ask`) and one answer from memory (`ask_answer`); then the database file's size
/// before and after compaction.
final class BenchRun {

    static final String WORKSPACE = "bench";

    /// Seconds and peak heap of one stage; `error` says why a stage could not run.
    record Stage(double seconds, long peakHeapMb, String error) {
    }

    /// Everything measured for one workbook; `fxMaxPauseMs` is NaN unless the `fx_pause` stage ran,
    /// `answers` null unless the Ask stages ran (every benchmark question, timed one by one),
    /// `dashboard` null unless the `dashboard_fx_pause` stage ran.
    record Result(int rows, long fileBytes, Map<String, Stage> stages, long dbBytes, long dbBytesCompacted,
                  double fxMaxPauseMs, AskBenchmark.Result answers, PauseProbe.Dashboard dashboard) {

        Result(int rows, long fileBytes, Map<String, Stage> stages, long dbBytes, long dbBytesCompacted) {
            this(rows, fileBytes, stages, dbBytes, dbBytesCompacted, Double.NaN, null, null);
        }

        /// A stage's time over the floor's: how far the stage is from "as fast as the disk".
        double ratio(String stage) {
            return stages.get(stage).seconds() / stages.get("inflate_floor").seconds();
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final String workspace;
    private final BiConsumer<String, Stage> done;
    private final PauseProbe probe;
    private double fxMaxPauseMs = Double.NaN;
    private AskBenchmark.Result answers;
    private PauseProbe.Dashboard dashboard;

    private BenchRun(String workspace, BiConsumer<String, Stage> done, PauseProbe probe) {
        this.workspace = workspace;
        this.done = done;
        this.probe = probe;
    }

    static Result run(int rows, Path file, Path dbDir) throws Exception {
        return run(rows, file, dbDir, (name, stage) -> { });
    }

    /// Runs every stage; `done` hears of each as it ends (a million rows take minutes).
    static Result run(int rows, Path file, Path dbDir, BiConsumer<String, Stage> done) throws Exception {
        return run(rows, file, DbLocation.h2(dbDir), done, null);
    }

    /// With `probe`, also the `fx_pause` stage: a second import, into workspace `bench-fx`, run
    /// by the desktop app's task runner while the probe times the UI thread's pulses.
    static Result run(int rows, Path file, Path dbDir, BiConsumer<String, Stage> done, PauseProbe probe) throws Exception {
        return run(rows, file, DbLocation.h2(dbDir), done, probe);
    }

    /// The same stages on `db`: an H2 folder, or a team PostgreSQL database (`--db-url`; a new
    /// workspace per run, and no file sizes).
    static Result run(int rows, Path file, DbLocation db) throws Exception {
        return run(rows, file, db, (name, stage) -> { }, null);
    }

    private static Result run(int rows, Path file, DbLocation db, BiConsumer<String, Stage> done, PauseProbe probe)
            throws Exception {
        String workspace = db instanceof DbLocation.H2Folder ? WORKSPACE : WORKSPACE + "-" + rows + "-" + System.nanoTime();
        return new BenchRun(workspace, done, probe).measureAll(rows, file, db);
    }

    private Result measureAll(int rows, Path file, DbLocation db) throws Exception {
        measure("inflate_floor", () -> inflateSheet(file));
        measure("read", () -> {
            try (TableReader reader = TableReaders.open(file)) {
                for (String sheet : reader.sheetNames()) {
                    reader.read(sheet, row -> true);
                }
            }
        });
        var preview = new OnboardingService(null);
        FileAnalysis[] analysis = new FileAnalysis[1];
        measure("preview_first_rows", () -> analysis[0] = preview.analyze(file, null));
        ImportResult[] result = new ImportResult[1];
        try (Store store = Store.open(db)) {
            var service = new OnboardingService(store);
            var workspaces = new WorkspaceService(store);
            measure("import", () -> result[0] = service.importFile(analysis[0], workspace, OnboardingConfig.defaults(),
                    false, Progress.NONE));
            if (result[0] == null) {
                // The import ran out of memory: report what was measured, no database sizes.
                return new Result(rows, Files.size(file), stagesSoFar(), 0, 0);
            }
            if (!result[0].imported()) {
                throw new IllegalStateException("The benchmark file did not import: " + result[0].preview().issues());
            }
            // What a slider needs (score every account with new weights), then applying the change
            // (save the configuration, rescore, append to the score history).
            measure("rescore", () -> workspaces.scoreWith(workspace, otherWeights()));
            measure("change_config", () -> workspaces.changeConfig(workspace, otherWeights(), Progress.NONE));
            // Same file, mapping and configuration as the import: recorded without rewriting.
            measure("reimport_unchanged", () -> service.importFile(analysis[0], workspace, OnboardingConfig.defaults(),
                    false, Progress.NONE));
            measure("undo", () -> workspaces.undo(workspace, Progress.NONE));
        }
        // The file with one live snapshot, after two imports and an undo, as the user leaves it.
        Path dbDir = db instanceof DbLocation.H2Folder h2 ? h2.dir() : null;
        long dbBytes = dbDir == null ? 0 : Files.size(dbDir.resolve("onboarding.mv.db"));
        long compacted = dbDir == null ? 0 : Store.compactClosed(dbDir);
        try (Store store = Store.open(db)) {
            measure("ask", () -> new AskService(store).ask(workspace, "how many accounts are at risk"));
            // One answer once the workspace is in memory (what the Ask box waits for): every
            // kind of question is answered twice first, so the time is not the JIT's.
            measureTimed("ask_answer", () -> {
                // Loading and warming up are not part of the answer's time: only the last question is.
                var engine = new AskService(store).engine(workspace).orElseThrow();
                AskBenchmark.run(engine, 2);
                answers = AskBenchmark.run(engine, 3);
                long start = System.nanoTime();
                engine.ask("production accounts at risk or critical with eror rate over 2% and cold start between 30 and 50");
                return (System.nanoTime() - start) / 1e9;
            });
            measure("undo_import", () -> new WorkspaceService(store).undo(workspace, Progress.NONE));
            if (probe != null) {
                var onboarding = new OnboardingService(store);
                measure("fx_pause", () -> fxMaxPauseMs = probe.measure(progress -> onboarding.importFile(analysis[0],
                        workspace + "-fx", OnboardingConfig.defaults(), false, progress)).maxPauseMillis());
                // Then the desktop dashboard over those accounts: open, sort, search, filter, select, charts.
                measure("dashboard_fx_pause", () -> dashboard = probe.dashboard(store, workspace + "-fx"));
            }
        }
        return new Result(rows, Files.size(file), stagesSoFar(), dbBytes, compacted, fxMaxPauseMs, answers, dashboard);
    }

    private Map<String, Stage> stagesSoFar() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /// The configuration with other weights, so the rescore has different numbers to compute.
    private static OnboardingConfig otherWeights() {
        var weights = new EnumMap<Category, Double>(Category.class);
        Weights.defaults().byCategory().forEach(weights::put);
        weights.merge(Category.PRODUCT_USAGE, -5.0, Double::sum);
        weights.merge(Category.SUPPORT, 5.0, Double::sum);
        return OnboardingConfig.defaults().withWeights(new Weights(weights));
    }

    /// Inflates the largest worksheet XML of the workbook and throws the bytes away: no reader
    /// can be faster than this, so every stage is reported as a multiple of it.
    static long inflateSheet(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/"))
                    .max(Comparator.comparingLong(ZipEntry::getSize))
                    .orElseThrow(() -> new IOException(file + " has no worksheet"));
            long total = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = zip.getInputStream(sheet)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                }
            }
            return total;
        }
    }

    /// Work that times the part of itself that counts (its result, in seconds).
    private interface TimedWork {
        double run() throws Exception;
    }

    /// Measures `work` but reports the seconds it returns (the peak heap is the whole run's).
    private void measureTimed(String stage, TimedWork work) throws Exception {
        double[] seconds = {Double.NaN};
        measure(stage, () -> seconds[0] = work.run());
        Stage whole = stages.get(stage);
        if (!Double.isNaN(seconds[0])) {
            stages.put(stage, new Stage(seconds[0], whole.peakHeapMb(), whole.error()));
        }
    }

    private void measure(String stage, Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        String error = null;
        try {
            work.run();
        } catch (OutOfMemoryError e) {
            // Reported, not hidden: the stage did not fit the heap the bench was given.
            error = "out of memory";
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        stages.put(stage, new Stage(seconds, peak >> 20, error));
        done.accept(stage, stages.get(stage));
    }
}
