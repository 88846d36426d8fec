package org.csm.onboarding.cli;

import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.dialect.DbLocation;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;

/// What every command of one run shares: the output streams, the environment (data folder,
/// logging) and where the log went, so failure messages can point at it.
final class Session {

    final PrintStream out;
    final PrintStream err;
    private final Environment env;
    private Path logDir;

    Session(PrintStream out, PrintStream err, Environment env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /// The data folder for `--db` (null: the OS convention); starts the log there.
    Path dataDir(Path db) {
        Path dataDir = env.dataDir(db);
        logDir = env.startLogging(dataDir);
        return dataDir;
    }

    /// The desktop UI's pause probe, when the app around the command line has one.
    java.util.Optional<PauseProbe> pauseProbe() {
        return env.pauseProbe();
    }

    /// Starts the log in a work folder that is not a data folder (bench).
    void startLogging(Path dir) {
        logDir = env.startLogging(dir);
    }

    /// Where `--db-url`, `--db` or `ONBOARDING_DB_URL` put the database (in that order). The log
    /// always goes to the local data folder.
    DbLocation location(DataOptions options) throws CommandFailure {
        Path dataDir = dataDir(options.db);
        if (options.dbUrl != null && options.db != null) {
            throw new CommandFailure(CommandLine.USAGE, "usage", "Give either --db (a folder) or --db-url (a team "
                    + "database), not both.");
        }
        String url = options.dbUrl != null ? options.dbUrl
                : options.db != null ? null : env.variables().get(DbLocation.ENV_URL);
        if (url == null || url.isBlank()) {
            return DbLocation.h2(dataDir);
        }
        try {
            return DbLocation.Postgres.parse(url.strip(), env.variables(), null);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(CommandLine.USAGE, "usage", e.getMessage());
        }
    }

    Store openStore(DataOptions options) throws StoreException, CommandFailure {
        return openStore(location(options));
    }

    /// Opens `location`; a team database that wants a password nobody supplied asks for it on
    /// the terminal (when there is one) and keeps it for this run only.
    Store openStore(DbLocation location) throws StoreException {
        try {
            return Store.open(location);
        } catch (StoreException e) {
            Console console = System.console();
            if (e.kind() != StoreException.Kind.LOGIN || console == null
                    || !(location instanceof DbLocation.Postgres pg) || pg.password() != null) {
                throw e;
            }
            char[] typed = console.readPassword("Password for %s: ", pg.describe());
            if (typed == null) {
                throw e;
            }
            return Store.open(pg.withPassword(DbLocation.Secret.of(typed)));
        }
    }

    void printJson(Object document) {
        out.println(Json.write(document));
    }

    String logHint() {
        return logDir == null ? "" : " (" + logDir + ")";
    }
}
