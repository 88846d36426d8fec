package org.csm.onboarding.cli;

/// A command that cannot do what was asked for a reason the user can act on (not a bug):
/// the message is printed as it is, `code` goes into the `--json` error document.
final class CommandFailure extends Exception {

    private final int exitCode;
    private final String code;

    CommandFailure(int exitCode, String code, String message) {
        super(message);
        this.exitCode = exitCode;
        this.code = code;
    }

    int exitCode() {
        return exitCode;
    }

    String code() {
        return code;
    }
}
