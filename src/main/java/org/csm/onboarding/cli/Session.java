package org.csm.onboarding.cli;

import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;

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

    /// Starts the log in a work folder that is not a data folder (bench).
    void startLogging(Path dir) {
        logDir = env.startLogging(dir);
    }

    Store openStore(Path db) throws StoreException {
        return Store.open(dataDir(db));
    }

    void printJson(Object document) {
        out.println(Json.write(document));
    }

    String logHint() {
        return logDir == null ? "" : " (" + logDir + ")";
    }
}
