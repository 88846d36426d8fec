package org.csm.onboarding.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/// A command of the command line: picocli fills its options, `call` returns the exit code.
/// Subclasses take the [Session] in their constructor ([CommandFactory] passes it).
abstract class SessionCommand implements Callable<Integer> {

    final Session session;

    SessionCommand(Session session) {
        this.session = session;
    }

    /// The keys a `--json` failure document of this command starts with (e.g. `file` and
    /// `imported: false`), so a script reads the same keys whether the command worked or not.
    /// Options may be unset when the arguments did not parse.
    Map<String, Object> failureKeys() {
        return new LinkedHashMap<>();
    }
}
