package org.csm.onboarding.app;

import org.csm.onboarding.cli.CommandLine;
import org.csm.onboarding.cli.Environment;
import org.csm.onboarding.ui.DesktopApp;

import java.nio.file.Path;
import java.util.Arrays;

/// Entry point of the jar and the installed launchers. With a command it runs headless; with
/// none (or only `--smoke`, the packaged app's self-test) it opens the desktop app.
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The installed `onboarding` launcher is the command line: without a command it prints help.
        boolean cliLauncher = "cli".equals(System.getProperty("csm.onboarding.launcher"));
        boolean openWith = args.length == 1 && !cliLauncher && java.nio.file.Files.isRegularFile(Path.of(args[0]));
        if (!cliLauncher && !CommandLine.isCommand(args) || openWith || Arrays.equals(args, new String[] {DesktopApp.SMOKE})) {
            Path dataDir = AppPaths.dataDir(null);
            Logging.configure(dataDir);
            DesktopApp.launch(args, dataDir);
            return;
        }
        System.exit(new CommandLine(System.out, System.err, environment()).run(args));
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
        };
    }
}
