package org.csm.onboarding.app;

import org.csm.onboarding.cli.CommandLine;

/// Entry point of the jar and the installed launchers. With a command it runs headless;
/// without one it prints help (the desktop wizard takes over once it exists).
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(System.out, System.err).run(args));
    }
}
