package org.csm.onboarding.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/// What would stop JavaFX from opening a window on this machine, said in one line before the
/// toolkit starts (JavaFX itself answers a missing GTK 3 with "Unable to load glass GTK
/// library" and a stack trace). Only Linux needs a check: JavaFX's glass uses GTK 3 there.
final class DisplayCheck {

    static final String GTK_MISSING = "CSM Onboarding needs GTK 3 to open its window. Install it with:"
            + " sudo apt-get install libgtk-3-0 (Fedora: sudo dnf install gtk3). The command line works without it:"
            + " onboarding --help";
    static final String NO_DISPLAY = "CSM Onboarding cannot open its window: no desktop session here (neither DISPLAY"
            + " nor WAYLAND_DISPLAY is set). The command line works without one: onboarding --help";

    static final String GTK_LIBRARY = "libgtk-3.so.0";

    // Where distributions put shared libraries, for when ldconfig cannot be asked.
    private static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib",
            "/usr/local/lib");

    private final Map<String, String> env;
    private final String osName;
    private final boolean headlessPlatform;
    private final Supplier<Optional<String>> ldconfigListing;
    private final List<Path> libraryDirs;

    DisplayCheck(Map<String, String> env, String osName, boolean headlessPlatform,
                 Supplier<Optional<String>> ldconfigListing, List<Path> libraryDirs) {
        this.env = env;
        this.osName = osName;
        this.headlessPlatform = headlessPlatform;
        this.ldconfigListing = ldconfigListing;
        this.libraryDirs = libraryDirs;
    }

    /// The check for this machine. `glass.platform=Headless` (tests, the packaged smoke test)
    /// needs neither GTK nor a display.
    static DisplayCheck ofThisMachine() {
        List<Path> dirs = new ArrayList<>();
        String ldPath = System.getenv("LD_LIBRARY_PATH");
        if (ldPath != null) {
            for (String dir : ldPath.split(":")) {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        LIBRARY_DIRS.forEach(d -> dirs.add(Path.of(d)));
        return new DisplayCheck(System.getenv(), System.getProperty("os.name", ""),
                "Headless".equalsIgnoreCase(System.getProperty("glass.platform")), DisplayCheck::ldconfig, dirs);
    }

    /// The reason the window cannot open, or empty when nothing is known to stand in the way.
    Optional<String> problem() {
        if (headlessPlatform || !osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        if (gtkMissing()) {
            return Optional.of(GTK_MISSING);
        }
        if (isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of(NO_DISPLAY);
        }
        return Optional.empty();
    }

    /// Missing only when it is in no library folder and ldconfig's cache answered without it:
    /// on a system laid out in an unknown way the toolkit gets its chance (and its failure is
    /// still caught by [Main]).
    private boolean gtkMissing() {
        for (Path dir : libraryDirs) {
            if (Files.exists(dir.resolve(GTK_LIBRARY))) {
                return false;
            }
        }
        return ldconfigListing.get().map(listing -> !listing.contains(GTK_LIBRARY)).orElse(false);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /// `ldconfig -p` (the shared-library cache), or empty when it cannot be run.
    private static Optional<String> ldconfig() {
        for (String command : List.of("/sbin/ldconfig", "/usr/sbin/ldconfig")) {
            if (!Files.isExecutable(Path.of(command))) {
                continue;
            }
            try {
                Process process = new ProcessBuilder(command, "-p").redirectErrorStream(true).start();
                byte[] out = process.getInputStream().readAllBytes();
                if (process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Optional.of(new String(out, StandardCharsets.UTF_8));
                }
                process.destroyForcibly();
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
