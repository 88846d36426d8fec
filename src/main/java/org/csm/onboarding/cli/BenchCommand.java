package org.csm.onboarding.cli;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.read.TableReaders;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.sample.SampleWorkbookGenerator;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.ImportResult;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// `bench`: generates workbooks with the sample generator and measures each stage of the
/// pipeline (read, transform, store, score) in rows per second and peak heap. A tool to run
/// by hand (e.g. under -Xmx512m), never a timed unit test.
@Command(name = "bench", description = "Measure rows/s and peak heap for read, transform, store and score.")
final class BenchCommand extends SessionCommand {

    @Option(names = "--rows", paramLabel = "N,N", split = ",", defaultValue = "35,100000",
            description = "workbook sizes to generate and measure (default: ${DEFAULT-VALUE})")
    int[] sizes;

    @Option(names = "--dir", paramLabel = "DIR", description = "work folder for the workbooks and databases (default: a temporary folder)")
    Path workDir;

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
        out.printf("Max heap %d MB, %d cores, work folder %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), dir);
        out.printf("%-10s %-10s %10s %12s %14s%n", "rows", "stage", "seconds", "rows/s", "peak heap MB");
        for (int n : sizes) {
            Path file = dir.resolve("bench-" + n + ".xlsx");
            if (!Files.exists(file)) {
                err.println("Generating " + file + " ...");
                SampleWorkbookGenerator.write(file, n);
            }
            benchOne(n, file, dir.resolve("db-" + n + "-" + System.nanoTime()));
        }
        out.println("store = the whole import transaction (read, transform, write, score, commit); score = a rescore of the stored accounts.");
        return CommandLine.OK;
    }

    private void benchOne(int n, Path file, Path dbDir) throws Exception {
        measure(n, "read", () -> {
            try (TableReader reader = TableReaders.open(file)) {
                for (String sheet : reader.sheetNames()) {
                    reader.read(sheet, row -> true);
                }
            }
        });
        var preview = new OnboardingService(null);
        FileAnalysis analysis = preview.analyze(file, null);
        measure(n, "transform", () -> preview.preview(analysis, OnboardingConfig.defaults(), Progress.NONE));
        try (Store store = Store.open(dbDir)) {
            var service = new OnboardingService(store);
            ImportResult[] result = new ImportResult[1];
            measure(n, "store", () -> result[0] = service.importFile(analysis, "bench", OnboardingConfig.defaults(), false, Progress.NONE));
            if (!result[0].imported()) {
                err.println("The benchmark file did not import: " + result[0].preview().issues());
                return;
            }
            var workspaces = new WorkspaceService(store);
            measure(n, "score", () -> workspaces.changeConfig("bench", OnboardingConfig.defaults(), Progress.NONE));
            var engine = new org.csm.onboarding.service.AskService(store).engine("bench").orElseThrow();
            var ask = org.csm.onboarding.service.AskBenchmark.run(engine, 5);
            out.printf("%-10d %-10s %10s %12s %14s  per answer: median %.1f ms, p95 %.1f ms, max %.1f ms%n", n, "ask",
                    "", "", "", ask.medianMs(), ask.p95Ms(), ask.maxMs());
        }
    }

    private interface Stage {
        void run() throws Exception;
    }

    private void measure(int rows, String stage, Stage work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        out.printf("%-10d %-10s %10.2f %12.0f %14d%n", rows, stage, seconds, rows / seconds, peak >> 20);
    }
}
