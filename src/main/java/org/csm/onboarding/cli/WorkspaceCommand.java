package org.csm.onboarding.cli;

import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

/// A command that works on one workspace of the database: `--workspace`, `--db`, `--json`,
/// and `workspace` in its `--json` failure document.
abstract class WorkspaceCommand extends SessionCommand {

    @Mixin
    StoreOptions store;

    WorkspaceCommand(Session session) {
        super(session);
    }

    @Override
    Map<String, Object> failureKeys() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workspace", store.workspace);
        return m;
    }
}
