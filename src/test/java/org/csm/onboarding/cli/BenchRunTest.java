package org.csm.onboarding.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.csm.onboarding.sample.SampleWorkbookGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A small bench (no absolute timings: this machine's speed is not the test's business) that
/// catches a regression of the storage design by the ratios between stages: an unchanged
/// re-import, an undo and a rescore must stay a small fraction of a full import, and the
/// database file close to its compacted size.
class BenchRunTest {

    private static final int ROWS = 5_000;

    @TempDir
    static Path dir;
    static BenchRun.Result result;

    @BeforeAll
    static void runTheBench() throws Exception {
        Path file = dir.resolve("bench.xlsx");
        SampleWorkbookGenerator.write(file, ROWS);
        result = BenchRun.run(ROWS, file, dir.resolve("db"));
    }

    @Test
    void everyStageRanAndTheJsonHasTheContractKeys() {
        assertEquals(List.of("inflate_floor", "read", "preview_first_rows", "import", "rescore", "change_config",
                "reimport_unchanged", "undo", "ask", "ask_answer", "undo_import"), List.copyOf(result.stages().keySet()));
        result.stages().values().forEach(stage -> assertNull(stage.error()));
        Map<String, Object> json = BenchCommand.toJson(result);
        assertEquals(List.of("rows", "file_bytes", "stages", "db_bytes", "db_bytes_compacted", "ask_answers_ms"),
                List.copyOf(json.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) json.get("ask_answers_ms");
        assertEquals(List.of("understood", "median", "p95", "max"), List.copyOf(answers.keySet()));
        // Every benchmark question but the one about the weather is understood, three times over.
        assertTrue((int) answers.get("understood") >= 3 * 10, answers.toString());
        assertTrue((double) answers.get("median") <= (double) answers.get("max"), answers.toString());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> stages = (Map<String, Map<String, Object>>) json.get("stages");
        assertEquals(List.of("seconds", "peak_heap_mb"), List.copyOf(stages.get("import").keySet()));
    }

    // Margins are wide: timings of a 5,000-row run on a busy machine are noisy.
    @Test
    void rescoreUndoAndUnchangedReimportAreSmallNextToAnImport() {
        double importSeconds = result.stages().get("import").seconds();
        for (String stage : List.of("rescore", "change_config", "reimport_unchanged", "undo", "undo_import")) {
            assertTrue(result.stages().get(stage).seconds() < importSeconds / 2,
                    stage + " took " + result.stages().get(stage).seconds() + " s, the import " + importSeconds + " s");
        }
    }

    @Test
    void theDatabaseFileStaysNearItsCompactedSize() {
        assertTrue(result.dbBytes() <= 1.5 * result.dbBytesCompacted(),
                "database " + result.dbBytes() + " bytes, compacted " + result.dbBytesCompacted());
    }
}
