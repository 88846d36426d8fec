package org.csm.onboarding.cli;

import org.csm.onboarding.engine.CancelledException;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.store.StoreException;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/// Turns whatever stopped a command into what the user sees: one message on stderr (never a
/// stack trace; details go to the log), the exit code of the contract, and with `--json` one
/// error document on stdout that keeps the command's usual keys.
final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    /// What a failure means for the user: exit code, `error.code` and message.
    record Failure(int exitCode, String code, String message, String file) {
        Failure(int exitCode, String code, String message) {
            this(exitCode, code, message, null);
        }
    }

    private final Session session;

    Failures(Session session) {
        this.session = session;
    }

    /// Reports `failure` and returns its exit code. `json`: the command was given `--json`.
    int report(Failure failure, SessionCommand command, boolean json) {
        if (json) {
            Map<String, Object> m = command == null ? new LinkedHashMap<>() : command.failureKeys();
            if (failure.file() != null) {
                m.put("file", failure.file());
            }
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", failure.code());
            error.put("message", failure.message());
            m.put("error", error);
            session.printJson(m);
        }
        session.err.println(failure.message());
        return failure.exitCode();
    }

    /// What an exception from a command's work means. Anything unforeseen is logged in full.
    Failure classify(Throwable e) {
        return switch (e) {
            case CommandFailure f -> new Failure(f.exitCode(), f.code(), f.getMessage());
            case FileRefusedException f -> new Failure(CommandLine.REFUSED, "file_refused", f.getMessage(), f.fileName());
            case NoSuchFileException f -> new Failure(CommandLine.REFUSED, "file_refused", "File not found: " + f.getFile(), f.getFile());
            case StoreException s -> {
                LOG.log(Level.WARNING, "Database problem", s);
                yield new Failure(CommandLine.FAILURE, storeCode(s), s.getMessage());
            }
            case CancelledException c -> new Failure(CommandLine.FAILURE, "cancelled", "Cancelled.");
            case IOException io -> {
                LOG.log(Level.WARNING, "I/O problem", io);
                yield new Failure(CommandLine.FAILURE, "io_error", "Could not read or write a file: " + io.getMessage());
            }
            default -> {
                LOG.log(Level.SEVERE, "Unexpected failure", e);
                yield new Failure(CommandLine.FAILURE, "unexpected", "Something went wrong that we did not expect ("
                        + e.getClass().getSimpleName() + "). Details are in the log" + session.logHint() + ".");
            }
        };
    }

    /// `database_locked`, `database_not_writable`, `disk_full`...: the store's kind, as a stable code.
    static String storeCode(StoreException e) {
        if (e.kind() == StoreException.Kind.DISK_FULL) {
            return "disk_full";
        }
        return "database_" + e.kind().name().toLowerCase(Locale.ROOT);
    }
}
