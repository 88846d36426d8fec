package org.csm.onboarding.cli;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.util.Arrays;

/// The headless command line (picocli; the commands are the `*Command` classes listed in
/// [RootCommand]). Exit codes are a contract: 0 done, 2 usage, 3 file refused or errors found,
/// 1 unexpected failure. No stack trace ever reaches the user; details go to the log. With
/// `--json` a command prints exactly one JSON document on stdout whatever happens.
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int REFUSED = 3;

    private static final String JSON_FLAG = "--json";

    private final Session session;
    private final Failures failures;

    public CommandLine(java.io.PrintStream out, java.io.PrintStream err, Environment env) {
        this.session = new Session(out, err, env);
        this.failures = new Failures(session);
    }

    /// Whether these arguments name a command (otherwise the desktop app opens).
    public static boolean isCommand(String[] args) {
        return args.length > 0;
    }

    public int run(String[] argv) {
        picocli.CommandLine cli = null;
        try {
            cli = build(argv);
            int exit = cli.execute(argv);
            cli.getOut().flush();
            cli.getErr().flush();
            return exit;
        } catch (RuntimeException | Error e) {
            // picocli hands exceptions from the commands to the handler below; this is a last
            // resort for an Error in a command (out of memory...) or a failure inside picocli.
            picocli.CommandLine command = cli == null ? null : commandRun(cli);
            boolean json = command != null && Arrays.asList(argv).contains(JSON_FLAG) && takesJson(command);
            return failures.report(failures.classify(e), command == null ? null : sessionCommand(command), json);
        }
    }

    /// The (sub)command the arguments named, or null when they did not parse.
    private static picocli.CommandLine commandRun(picocli.CommandLine cli) {
        ParseResult parsed = cli.getParseResult();
        if (parsed == null) {
            return null;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().commandLine();
    }

    private picocli.CommandLine build(String[] argv) {
        picocli.CommandLine cli = new picocli.CommandLine(new RootCommand(), new CommandFactory(session));
        // A file may be called @something: never read arguments from it.
        cli.setExpandAtFiles(false);
        // --workspace a --workspace b: the last one wins, as before picocli.
        cli.setOverwrittenOptionsAllowed(true);
        cli.setOut(new PrintWriter(session.out, true));
        cli.setErr(new PrintWriter(session.err, true));
        boolean jsonGiven = Arrays.asList(argv).contains(JSON_FLAG);
        cli.setParameterExceptionHandler((ParameterException e, String[] args) -> usageError(e, jsonGiven));
        cli.setExecutionExceptionHandler((Exception e, picocli.CommandLine command, ParseResult parsed) ->
                failures.report(failures.classify(e), sessionCommand(command), jsonGiven && takesJson(command)));
        return cli;
    }

    private int usageError(ParameterException e, boolean jsonGiven) {
        picocli.CommandLine command = e.getCommandLine();
        String message = UsageErrors.message(e);
        // Only a recognised command answers in JSON: "onboarding --json" alone named none.
        boolean json = jsonGiven && command.getParent() != null && takesJson(command);
        failures.report(new Failures.Failure(USAGE, "usage", message), sessionCommand(command), json);
        String suggestion = UsageErrors.suggestion(e);
        if (!suggestion.isEmpty()) {
            session.err.println(suggestion);
        }
        session.err.println(command.getParent() == null ? "Run with --help to see the commands."
                : "Run " + command.getCommandSpec().qualifiedName() + " --help to see its options.");
        return USAGE;
    }

    private static boolean takesJson(picocli.CommandLine command) {
        return command.getCommandSpec().findOption(JSON_FLAG) != null;
    }

    private static SessionCommand sessionCommand(picocli.CommandLine command) {
        return command.getCommand() instanceof SessionCommand c ? c : null;
    }
}
