package org.csm.onboarding.cli;

/// The usage text printed by `--help` and when no command is given.
final class Help {

    static final String TEXT = """
            CSM Onboarding: turn a customer's account export into health scores, offline.

            Usage: onboarding COMMAND [OPTIONS]

            Commands:
              preview FILE [--mapping M.json] [--config C.json] [--json]
                  Detect the format, map the columns, check the data; writes nothing.
              import FILE [--workspace W] [--db DIR] [--mapping M.json] [--config C.json]
                          [--skip-invalid-rows] [--json]
                  Import accounts and KPI records in one transaction and score them.
              scores [--workspace W] [--db DIR] [--json]
                  Health score, status and coverage of every account.
              explain ACCOUNT_ID [--workspace W] [--db DIR] [--json]
                  What each KPI adds to or costs an account's score.
              undo [--workspace W] [--db DIR] [--json]
                  Revert the workspace's last import.
              template OUT.xlsx
                  Write the standard import template.
              config export FILE [--workspace W] [--db DIR]
              config import FILE [--workspace W] [--db DIR]
                  Save or load goals, weights and reference ranges (import rescores).
              bench [--rows 35,100000] [--dir DIR]
                  Measure rows/s and peak heap for read, transform, store and score.

            Options:
              --workspace W   keeps each onboarded customer separate (default: "default")
              --db DIR        data folder (default: the OS's user data folder)
              --json          machine-readable output

            Exit codes: 0 done, 2 usage error, 3 file refused or data errors found, 1 unexpected failure.
            """;

    private Help() {
    }
}
