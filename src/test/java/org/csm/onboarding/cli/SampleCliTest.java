package org.csm.onboarding.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/// Command-line tests over the sample imported into workspace "s" of a fresh database.
abstract class SampleCliTest {

    @TempDir
    Path dir;

    CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(dir.resolve("data"), System.getenv(), args);
    }

    @BeforeEach
    void importSample() {
        assertEquals(0, run("import", CommandLineTest.SAMPLE, "--workspace", "s").exit());
    }
}
