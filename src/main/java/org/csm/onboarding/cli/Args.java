package org.csm.onboarding.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Parsed command-line arguments: positionals in order, `--name value` options and `--flag`s.
/// Unknown options are a usage error, so a typo never silently changes what runs.
final class Args {

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new java.util.HashSet<>();

    static Args parse(List<String> raw, Set<String> valueOptions, Set<String> flagOptions) throws UsageException {
        Args args = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String inline = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    inline = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (valueOptions.contains(name)) {
                    if (inline == null) {
                        if (i + 1 >= raw.size()) {
                            throw new UsageException("--" + name + " needs a value.");
                        }
                        inline = raw.get(++i);
                    }
                    args.options.put(name, inline);
                } else if (flagOptions.contains(name) && inline == null) {
                    args.flags.add(name);
                } else {
                    throw new UsageException("Unknown option --" + name + ".");
                }
            } else {
                args.positionals.add(a);
            }
        }
        return args;
    }

    List<String> positionals() {
        return positionals;
    }

    String positional(int index, String what) throws UsageException {
        if (index >= positionals.size()) {
            throw new UsageException("Missing " + what + ".");
        }
        return positionals.get(index);
    }

    void expectPositionals(int count) throws UsageException {
        if (positionals.size() > count) {
            throw new UsageException("Unexpected argument: " + positionals.get(count) + ".");
        }
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    Path path(String name) {
        String value = options.get(name);
        return value == null ? null : Path.of(value);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /// Thrown for wrong arguments; the command line prints the message and exits with 2.
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
