package org.csm.onboarding.engine.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.ImportResult;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.testdata.CustomerFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Mutation fuzzing of the readers through the whole preview path: byte and structure mutants
/// of workbook and CSV seeds ([Mutator]) must each be either read or refused with a message
/// (a [FileRefusedException] naming the file). Anything else is an escape: an exception of
/// another kind, or a mutant still running after [#PER_MUTANT_SECONDS] (a hang). Some mutants
/// that get past analysis are imported into a throw-away database: one that is refused or has
/// errors must leave the database exactly as it was.
///
/// 10,000 mutants per run; `-Pfuzz` runs 100,000 (`-Dfuzz.mutants=N`, `-Dfuzz.seed=S` to
/// replay). The counts are logged and checked, never the time.
class MutationFuzzTest {

    private static final Logger LOG = Logger.getLogger(MutationFuzzTest.class.getName());
    static final int MUTANTS = Integer.getInteger("fuzz.mutants", 10_000);
    static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    /// Generous, for a loaded 2-core machine: a mutant takes milliseconds.
    static final int PER_MUTANT_SECONDS = 20;
    /// Every mutant is read sheet by sheet, every cell interpreted; every n-th also goes through
    /// the whole preview (header search, mapping, row rules), and every m-th is imported.
    private static final int PREVIEW_EVERY = 5;
    private static final int IMPORT_EVERY = 50;
    /// Mutants read at once, on as many threads as the machine has cores (at most 4).
    private static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());
    private static final int BATCH = 64;

    @TempDir
    Path dir;

    private record Seed(String name, byte[] bytes, boolean zip) {
    }

    private enum Outcome { READ, REFUSED }

    /// A mutant being read on the pool.
    private record Pending(int index, String seed, Path file, Future<Outcome> run) {
    }

    /// Tallies of one fuzz run.
    private static final class Tally {
        final int[] outcomes = new int[Outcome.values().length];
        final List<String> escapes = new ArrayList<>();
        int imports;
        int unchanged;
    }

    @Test
    void everyMutantIsReadOrRefusedAndARefusalChangesNothingStored() throws Exception {
        List<Seed> seeds = seeds();
        Mutator mutator = new Mutator(SEED);
        Tally tally = new Tally();
        ExecutorService[] pool = {newPool()};
        try (Store store = Store.open(dir.resolve("db"))) {
            var importer = new OnboardingService(store);
            var workspaces = new WorkspaceService(store);
            importSeedFirst(importer, seeds.getFirst());
            String before = fingerprint(workspaces);
            List<Pending> batch = new ArrayList<>();
            for (int i = 0; i < MUTANTS; i++) {
                Seed seed = seeds.get(i % seeds.size());
                Path file = dir.resolve("mutant-" + (i % (2 * BATCH)) + "-" + seed.name());
                Files.write(file, mutator.mutate(seed.bytes(), seed.zip()));
                if (i % IMPORT_EVERY == 0) {
                    // Imports run alone, so the database is compared before and after exactly one of them.
                    drain(batch, tally, pool);
                    batch.add(new Pending(i, seed.name(), file, pool[0].submit(() -> importOrRefuse(file, importer))));
                    Outcome outcome = drain(batch, tally, pool);
                    tally.imports++;
                    String after = fingerprint(workspaces);
                    if (outcome == Outcome.REFUSED && !after.equals(before)) {
                        tally.escapes.add("mutant " + i + " of " + seed.name() + " was refused but changed the database");
                    }
                    tally.unchanged += after.equals(before) ? 1 : 0;
                    before = after; // a mutant that imported cleanly changes the data, as it should
                    continue;
                }
                boolean preview = i % PREVIEW_EVERY == 0;
                batch.add(new Pending(i, seed.name(), file, pool[0].submit(() -> preview ? previewOrRefuse(file) : readOrRefuse(file))));
                if (batch.size() >= BATCH) {
                    drain(batch, tally, pool);
                }
            }
            drain(batch, tally, pool);
        } finally {
            pool[0].shutdownNow();
        }
        String summary = String.format("fuzz seed %d: %d mutants, %d read, %d refused, %d escapes; %d imported, %d left the"
                + " database unchanged", SEED, MUTANTS, tally.outcomes[0], tally.outcomes[1], tally.escapes.size(), tally.imports,
                tally.unchanged);
        LOG.info(summary);
        List<String> escapes = tally.escapes;
        assertTrue(escapes.isEmpty(), summary + "\n" + String.join("\n", escapes.subList(0, Math.min(20, escapes.size()))));
        assertEquals(MUTANTS, tally.outcomes[0] + tally.outcomes[1]);
        assertTrue(tally.outcomes[0] > 0 && tally.outcomes[1] > 0, "mutants both read and refused: " + summary);
    }

    /// Waits for every pending mutant; returns the outcome of the last one (null if it escaped).
    private static Outcome drain(List<Pending> batch, Tally tally, ExecutorService[] pool) throws Exception {
        Outcome last = null;
        for (Pending pending : batch) {
            last = null;
            try {
                last = pending.run().get(PER_MUTANT_SECONDS, TimeUnit.SECONDS);
                tally.outcomes[last.ordinal()]++;
            } catch (TimeoutException hang) {
                tally.escapes.add("mutant " + pending.index() + " of " + pending.seed() + ": still running after "
                        + PER_MUTANT_SECONDS + " s at " + whereStuck());
                keep(pending.file(), pending.index());
                // An interrupt could close the database under an import: the stuck thread is abandoned.
                pool[0] = newPool();
            } catch (ExecutionException escaped) {
                tally.escapes.add("mutant " + pending.index() + " of " + pending.seed() + ": " + escaped.getCause());
                keep(pending.file(), pending.index());
            }
        }
        batch.clear();
        return last;
    }

    private static ExecutorService newPool() {
        return Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "fuzz-mutant");
            t.setDaemon(true);
            return t;
        });
    }

    /// Reads every sheet of a mutant and interprets every cell as text, number and date.
    private static Outcome readOrRefuse(Path file) throws Exception {
        return refusedOr(file, () -> {
            try (TableReader reader = TableReaders.open(file)) {
                for (String sheet : reader.sheetNames()) {
                    reader.read(sheet, row -> {
                        for (RawCell cell : row.cells()) {
                            CellValues.text(cell);
                            CellValues.parseNumber(cell, reader.decimalSeparator());
                            CellValues.parseDate(cell);
                        }
                        return true;
                    });
                }
                reader.notes();
            }
            return Outcome.READ;
        });
    }

    /// Analyses and previews a mutant as the app does.
    private static Outcome previewOrRefuse(Path file) throws Exception {
        return refusedOr(file, () -> {
            var service = new OnboardingService(null);
            service.preview(service.analyze(file, null), OnboardingConfig.defaults(), Progress.NONE);
            return Outcome.READ;
        });
    }

    /// Imports a mutant; a file with errors or refused is REFUSED (and must change nothing).
    private static Outcome importOrRefuse(Path file, OnboardingService importer) throws Exception {
        return refusedOr(file, () -> {
            ImportResult result = importer.importFile(importer.analyze(file, null), "fuzz", OnboardingConfig.defaults(), false,
                    Progress.NONE);
            return result.imported() ? Outcome.READ : Outcome.REFUSED;
        });
    }

    private interface Attempt {
        Outcome run() throws Exception;
    }

    /// A refusal must name the file and carry no exception text.
    private static Outcome refusedOr(Path file, Attempt attempt) throws Exception {
        try {
            return attempt.run();
        } catch (FileRefusedException refused) {
            String message = refused.getMessage();
            if (message == null || !message.startsWith(file.getFileName().toString()) || message.contains("Exception")) {
                throw new AssertionError("a refusal without a proper message: " + message, refused);
            }
            return Outcome.REFUSED;
        }
    }

    /// Keeps an escaped mutant under target/fuzz-escapes for replaying it.
    private static void keep(Path file, int index) throws java.io.IOException {
        Path kept = Files.createDirectories(Path.of("target", "fuzz-escapes"));
        Files.copy(file, kept.resolve(index + "-" + file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String whereStuck() {
        return Thread.getAllStackTraces().entrySet().stream().filter(e -> e.getKey().getName().startsWith("fuzz-mutant")
                        && e.getValue().length > 0 && !e.getValue()[0].getClassName().startsWith("jdk.internal.misc"))
                .map(e -> java.util.Arrays.stream(e.getValue()).limit(12).map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining("\n    ")))
                .findFirst().orElse("?");
    }

    private static void importSeedFirst(OnboardingService importer, Seed seed) throws Exception {
        // The database holds real data before the mutants arrive, so "unchanged" means something.
        Path file = Files.createTempFile("fuzz-seed", ".xlsx");
        try {
            Files.write(file, seed.bytes());
            ImportResult result = importer.importFile(importer.analyze(file, null), "fuzz", OnboardingConfig.defaults(), false,
                    Progress.NONE);
            assertTrue(result.imported(), "the seed imports");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String fingerprint(WorkspaceService workspaces) throws Exception {
        return workspaces.workspaces() + "|" + workspaces.scores("fuzz") + "|" + workspaces.imports("fuzz");
    }

    private List<Seed> seeds() throws Exception {
        Path seedDir = Files.createDirectories(dir.resolve("seeds"));
        CustomerFile customers = CustomerFile.serverless().titleRows("Customer export").account("SRVL-1").account("SRVL-2")
                .account("SRVL-3", "company_name", "Zürich AG");
        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed("poi.xlsx", Files.readAllBytes(customers.writeXlsx(seedDir, "poi.xlsx")), true));
        seeds.add(new Seed("mini.xlsx", Files.readAllBytes(HostileCorpus.three(seedDir, "mini.xlsx")), true));
        seeds.add(new Seed("comma.csv", Files.readAllBytes(customers.writeCsv(seedDir, "comma.csv", ',',
                java.nio.charset.StandardCharsets.UTF_8)), false));
        seeds.add(new Seed("sep-line.csv", Files.readAllBytes(HostileCorpus.resource(seedDir, "sep-line.csv")), false));
        return seeds;
    }
}
