package org.csm.onboarding.app;

import org.csm.onboarding.cli.CommandLine;
import org.csm.onboarding.cli.Environment;

import java.nio.file.Path;

/// Entry point of the jar and the installed launchers. With a command it runs headless;
/// without one it prints help (the desktop wizard takes over once it exists).
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
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
