package org.csm.onboarding.cli;

import org.csm.onboarding.engine.CancelledException;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.service.AppInfo;
import org.csm.onboarding.store.StoreException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/// The headless command line. Exit codes are a contract: 0 done, 2 usage, 3 file refused or
/// errors found, 1 unexpected failure. No stack trace ever reaches the user; details go to the log.
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int REFUSED = 3;

    private static final Logger LOG = Logger.getLogger(CommandLine.class.getName());

    private final PrintStream out;
    private final PrintStream err;
    private final Environment env;

    public CommandLine(PrintStream out, PrintStream err, Environment env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /// Whether these arguments name a command (otherwise the desktop app opens).
    public static boolean isCommand(String[] args) {
        return args.length > 0;
    }

    public int run(String[] argv) {
        List<String> args = Arrays.asList(argv);
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.getFirst())) {
            out.print(Help.TEXT);
            return args.isEmpty() ? USAGE : OK;
        }
        var commands = new Commands(out, err, env);
        try {
            return switch (args.getFirst()) {
                case "preview" -> commands.preview(args.subList(1, args.size()));
                case "import" -> commands.importFile(args.subList(1, args.size()));
                case "scores" -> commands.scores(args.subList(1, args.size()));
                case "explain" -> commands.explain(args.subList(1, args.size()));
                case "undo" -> commands.undo(args.subList(1, args.size()));
                case "template" -> commands.template(args.subList(1, args.size()));
                case "config" -> commands.config(args.subList(1, args.size()));
                case "bench" -> new BenchCommand(out, err, env).run(args.subList(1, args.size()));
                case "version", "--version" -> {
                    out.println("CSM Onboarding " + AppInfo.version());
                    yield OK;
                }
                default -> throw new Args.UsageException("Unknown command \"" + args.getFirst() + "\".");
            };
        } catch (Args.UsageException e) {
            err.println(e.getMessage());
            err.println("Run with --help to see the commands.");
            return USAGE;
        } catch (FileRefusedException e) {
            commands.refused(e.fileName(), e.getMessage());
            return REFUSED;
        } catch (NoSuchFileException e) {
            commands.refused(e.getFile(), "File not found: " + e.getFile());
            return REFUSED;
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Database problem", e);
            err.println(e.getMessage());
            return FAILURE;
        } catch (CancelledException e) {
            err.println("Cancelled.");
            return FAILURE;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "I/O problem", e);
            err.println("Could not read or write a file: " + e.getMessage());
            return FAILURE;
        } catch (Exception | Error e) {
            LOG.log(Level.SEVERE, "Unexpected failure", e);
            err.println("Something went wrong that we did not expect (" + e.getClass().getSimpleName()
                    + "). Details are in the log" + commands.logHint() + ".");
            return FAILURE;
        }
    }
}
