package org.csm.onboarding.service;

import org.csm.onboarding.store.ImportRecord;

import java.util.Optional;

/// An import's outcome: the full preview of what was read, whether it was stored, and the
/// import record when it was. `skippedRows` are rows in error left out on request.
public record ImportResult(PreviewResult preview, boolean imported, int skippedRows, ImportRecord record,
                           ScoreSummary scores) {

    /// Not imported because the mapping feeds too few KPIs and nobody confirmed importing anyway.
    public boolean refusedForCoverage() {
        return !imported && preview.coverage().tooFew() && !preview.analysis().choices().allowFewKpis();
    }

    public Optional<ImportRecord> importRecord() {
        return Optional.ofNullable(record);
    }
}
