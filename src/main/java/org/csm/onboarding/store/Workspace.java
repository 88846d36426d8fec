package org.csm.onboarding.store;

import java.time.Instant;
import java.util.Optional;

/// One onboarded customer's separate set of imports, accounts, scores and settings.
/// `lastImportAt` is null while nothing has been imported.
public record Workspace(long id, String name, Instant createdAt, Instant lastImportAt) {

    public Optional<Instant> lastImport() {
        return Optional.ofNullable(lastImportAt);
    }
}
