package org.csm.onboarding.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/// `./onboarding` in a copy of the repository's layout, with `.mvn/jdk25.sh` and `mvnw` stood in
/// for (so no real build runs inside the test): it builds a missing jar through mvnw, says so,
/// and runs the jar with the JDK jdk25.sh found. (.ci/run runs the real one on the real jar.)
class LauncherScriptTest {

    @TempDir
    Path dir;

    @Test
    void buildsAMissingJarThroughMvnwThenRunsItWithTheJdkFound() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "needs bash");
        Files.copy(Path.of("onboarding"), dir.resolve("onboarding"));
        Files.createDirectories(dir.resolve(".mvn"));
        // jdk25.sh's job is to set JAVA_HOME; here to a stand-in whose bin/java echoes its arguments.
        Path fakeJdk = dir.resolve("jdk");
        script(fakeJdk.resolve("bin/java"), "echo \"java $*\"");
        Files.writeString(dir.resolve(".mvn/jdk25.sh"), "JAVA_HOME=" + fakeJdk + "; export JAVA_HOME\n");
        // mvnw "builds" the jar and records that it ran.
        script(dir.resolve("mvnw"), "mkdir -p \"$(dirname \"$0\")/target/lib\"; echo jar > \"$(dirname \"$0\")/target/onboarding.jar\"; echo built >&2");

        Result first = run("--version");
        assertEquals(0, first.exit, first.err);
        assertTrue(first.err.contains("is not built yet; building it") && first.err.contains("built"), first.err);
        assertTrue(first.out.startsWith("java ") && first.out.contains("-jar " + dir.resolve("target/onboarding.jar") + " --version"), first.out);
        assertTrue(first.out.contains("-Dcsm.onboarding.launcher=cli"), first.out);

        Result second = run("scores", "--json");
        assertEquals(0, second.exit, second.err);
        assertTrue(second.err.isBlank(), second.err);
        assertTrue(second.out.endsWith("scores --json"), second.out);
    }

    @Test
    void aFailedBuildIsSaidAndExitsOne() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "needs bash");
        Files.copy(Path.of("onboarding"), dir.resolve("onboarding"));
        Files.createDirectories(dir.resolve(".mvn"));
        Files.writeString(dir.resolve(".mvn/jdk25.sh"), "JAVA_HOME=/nonexistent; export JAVA_HOME\n");
        script(dir.resolve("mvnw"), "echo 'compilation failed' >&2; exit 1");
        Result r = run("--help");
        assertEquals(1, r.exit);
        assertTrue(r.err.contains("the build failed"), r.err);
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws Exception {
        var command = new java.util.ArrayList<String>();
        command.add("bash");
        command.add(dir.resolve("onboarding").toString());
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out, err);
    }

    private static void script(Path path, String body) throws Exception {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
