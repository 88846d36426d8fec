package org.csm.onboarding.app;

import org.csm.onboarding.cli.CommandLine;
import org.csm.onboarding.cli.Environment;
import org.csm.onboarding.ui.DesktopApp;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/// Entry point of the jar and the installed launchers. With a command it runs headless; with
/// none (or only `--smoke`, the packaged app's self-test) it opens the desktop app.
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    static final String WINDOW_FAILED = "CSM Onboarding could not open its window: %s. Details are in the log%s."
            + " The command line works without a window: onboarding --help";

    private Main() {
    }

    public static void main(String[] args) {
        // The installed `onboarding` launcher is the command line: without a command it prints help.
        boolean cliLauncher = "cli".equals(System.getProperty("csm.onboarding.launcher"));
        boolean openWith = args.length == 1 && !cliLauncher && java.nio.file.Files.isRegularFile(Path.of(args[0]));
        if (!cliLauncher && !CommandLine.isCommand(args) || openWith || Arrays.equals(args, new String[] {DesktopApp.SMOKE})) {
            Path dataDir = AppPaths.dataDir(null);
            Path logDir = Logging.configure(dataDir);
            int exit = openWindow(DisplayCheck.ofThisMachine().problem(), () -> DesktopApp.launch(args, dataDir),
                    System.err::println, logDir);
            // Under `./mvnw javafx:run` a non-zero exit buries the line under Maven's stack trace.
            if (exit != 0 && !"maven".equals(System.getProperty("csm.onboarding.launcher"))) {
                System.exit(exit);
            }
            return;
        }
        System.exit(new CommandLine(System.out, System.err, environment()).run(args));
    }

    /// Opens the window unless `problem` says it cannot open; a toolkit that fails anyway (no
    /// GTK where the check could not tell, a display that refuses) is one line, never a stack
    /// trace. Returns the exit code: 0 after the window closed, 1 when it could not open.
    static int openWindow(Optional<String> problem, Runnable launch, Consumer<String> say, Path logDir) {
        if (problem.isPresent()) {
            say.accept(problem.get());
            return 1;
        }
        try {
            launch.run();
            return 0;
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "The window could not open", e);
            String reason = String.valueOf(e.getMessage());
            say.accept(reason.contains("GTK") ? DisplayCheck.GTK_MISSING
                    : String.format(WINDOW_FAILED, reason, logDir == null ? "" : " (" + logDir + ")"));
            return 1;
        }
    }

    static Environment environment() {
        return new Environment() {
            @Override
            public Path dataDir(Path override) {
                return AppPaths.dataDir(override);
            }

            @Override
            public Path startLogging(Path dataDir) {
                return Logging.configure(dataDir);
            }

            @Override
            public java.util.Optional<org.csm.onboarding.cli.PauseProbe> pauseProbe() {
                return java.util.Optional.of(new FxPauseProbe());
            }
        };
    }
}
