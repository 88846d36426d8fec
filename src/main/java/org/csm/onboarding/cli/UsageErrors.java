package org.csm.onboarding.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;

/// The wording of usage errors (exit 2): what was wrong, in one line, and what was probably
/// meant ("did you mean") when picocli finds a close command or option name.
final class UsageErrors {

    private UsageErrors() {
    }

    static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().getFirst();
            if (u.isUnknownOption()) {
                return "Unknown option " + first + ".";
            }
            if (!u.getCommandLine().getSubcommands().isEmpty()) {
                return "Unknown command \"" + first + "\".";
            }
            return "Unexpected argument: " + first + ".";
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec missing = m.getMissing().getFirst();
            if (missing instanceof OptionSpec option) {
                return option.longestName() + " needs a value.";
            }
            String[] description = missing.description();
            return "Missing " + missing.paramLabel() + (description.length > 0 ? " (" + description[0] + ")" : "") + ".";
        }
        return e.getMessage();
    }

    /// "Did you mean: scores?" or empty.
    static String suggestion(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                return "Did you mean: " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?";
            }
        }
        return "";
    }
}
