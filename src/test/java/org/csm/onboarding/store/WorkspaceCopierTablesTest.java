package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/// A table a new migration gives a `workspace_id` must be copied by `workspace copy` too.
class WorkspaceCopierTablesTest extends StoreTestBase {

    @Test
    void everyWorkspaceOwnedTableIsCopied() throws Exception {
        Set<String> copied = WorkspaceCopier.TABLES.stream().map(WorkspaceCopier.Table::name).collect(Collectors.toSet());
        List<String> owned = store.transaction(tx -> WorkspaceCopier.tablesWithWorkspaceId(tx.connection()));
        assertTrue(!owned.isEmpty());
        for (String table : owned) {
            assertTrue(copied.contains(table), table + " has a workspace_id but WorkspaceCopier.TABLES does not copy it");
        }
    }
}
