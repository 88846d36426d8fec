package org.csm.onboarding.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// A first run without GTK 3 or without a display says so in one line instead of a stack trace.
class DisplayCheckTest {

    private static final Map<String, String> DESKTOP = Map.of("DISPLAY", ":0");
    private static final String LDCONFIG_WITHOUT_GTK3 = """
            1234 libs found in cache `/etc/ld.so.cache'
            	libgtk-x11-2.0.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libgtk-x11-2.0.so.0
            	libc.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libc.so.6
            """;

    @TempDir
    Path dir;

    private DisplayCheck linux(Map<String, String> env, Optional<String> ldconfig, List<Path> dirs) {
        return new DisplayCheck(env, "Linux", false, () -> ldconfig, dirs);
    }

    @Test
    void missingGtk3NamesThePackageToInstall() {
        Optional<String> problem = linux(DESKTOP, Optional.of(LDCONFIG_WITHOUT_GTK3), List.of(dir)).problem();
        assertEquals(Optional.of(DisplayCheck.GTK_MISSING), problem);
        assertTrue(problem.get().contains("sudo apt-get install libgtk-3-0"));
        assertEquals(1, problem.get().lines().count(), "one line");
    }

    @Test
    void gtk3InTheLibraryCacheOrAFolderIsEnough() throws Exception {
        String withGtk = LDCONFIG_WITHOUT_GTK3 + "\tlibgtk-3.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libgtk-3.so.0\n";
        assertEquals(Optional.empty(), linux(DESKTOP, Optional.of(withGtk), List.of(dir)).problem());
        Files.createFile(dir.resolve("libgtk-3.so.0"));
        assertEquals(Optional.empty(), linux(DESKTOP, Optional.of(LDCONFIG_WITHOUT_GTK3), List.of(dir)).problem());
    }

    @Test
    void anUnknownLayoutGivesTheToolkitItsChance() {
        assertEquals(Optional.empty(), linux(DESKTOP, Optional.empty(), List.of(dir)).problem());
    }

    @Test
    void noDisplayIsSaid() {
        String withGtk = "\tlibgtk-3.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libgtk-3.so.0\n";
        assertEquals(Optional.of(DisplayCheck.NO_DISPLAY), linux(Map.of(), Optional.of(withGtk), List.of()).problem());
        assertEquals(Optional.empty(), linux(Map.of("WAYLAND_DISPLAY", "wayland-0"), Optional.of(withGtk), List.of()).problem());
    }

    @Test
    void otherSystemsAndTheHeadlessPlatformAreNotChecked() {
        Optional<String> noGtk = Optional.of(LDCONFIG_WITHOUT_GTK3);
        assertEquals(Optional.empty(), new DisplayCheck(Map.of(), "Windows 11", false, () -> noGtk, List.of()).problem());
        assertEquals(Optional.empty(), new DisplayCheck(Map.of(), "Linux", true, () -> noGtk, List.of()).problem());
    }

    @Test
    void aToolkitThatFailsAnywayIsOneLine() {
        List<String> said = new ArrayList<>();
        int exit = Main.openWindow(Optional.empty(), () -> {
            throw new UnsupportedOperationException("Unable to load glass GTK library.");
        }, said::add, dir);
        assertEquals(1, exit);
        assertEquals(List.of(DisplayCheck.GTK_MISSING), said);

        said.clear();
        assertEquals(1, Main.openWindow(Optional.empty(), () -> {
            throw new IllegalStateException("Unable to open DISPLAY");
        }, said::add, dir));
        assertEquals(1, said.size());
        assertTrue(said.getFirst().contains("Unable to open DISPLAY") && said.getFirst().contains(dir.toString()), said::toString);

        said.clear();
        assertEquals(1, Main.openWindow(Optional.of(DisplayCheck.NO_DISPLAY), () -> {
            throw new AssertionError("the toolkit must not start");
        }, said::add, dir));
        assertEquals(List.of(DisplayCheck.NO_DISPLAY), said);
        assertEquals(0, Main.openWindow(Optional.empty(), () -> { }, said::add, dir));
    }

    /// The real entry point in a child JVM, pointed at a display that does not exist: whether
    /// this machine lacks GTK 3 (the check answers) or has it (the toolkit fails and is caught),
    /// the user reads one line and no stack trace.
    @Test
    void theAppStartedWithoutAUsableDisplayPrintsOneLine() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(javaBin, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName());
        builder.environment().put("DISPLAY", ":97");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("ONBOARDING_DATA_DIR", dir.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the app did not stop");
        assertEquals(1, process.exitValue(), output);
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), output);
        assertTrue(lines.getFirst().startsWith("CSM Onboarding"), output);
    }
}
