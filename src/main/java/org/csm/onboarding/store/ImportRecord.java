package org.csm.onboarding.store;

import java.time.Instant;

/// One import of a customer file into a workspace, with what it brought in.
public record ImportRecord(long id, long workspaceId, String fileName, String sha256, String sheet, String format,
                           Instant importedAt, int accounts, int kpiRecords, int skippedRows, int warnings) {
}
