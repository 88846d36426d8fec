package org.csm.onboarding.service;

import org.csm.onboarding.engine.validate.DuplicateChoices;
import org.csm.onboarding.engine.validate.DuplicateIdCheck;
import org.csm.onboarding.engine.validate.DuplicatePolicy;
import org.csm.onboarding.model.CellEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// What the CSM decided about a file before importing it: which row to keep when an id repeats,
/// whether a score from few KPIs is acceptable (the coverage gate), and the cells fixed in the
/// preview (read instead of the file's, stored with the import beside the original).
public record ImportChoices(DuplicatePolicy onDuplicate, boolean allowFewKpis, List<CellEdit> edits,
                            Map<String, DuplicatePolicy> duplicateById) {

    public static final ImportChoices DEFAULT = new ImportChoices(DuplicatePolicy.ERROR, false, List.of(), Map.of());

    public ImportChoices {
        edits = edits == null ? List.of() : List.copyOf(edits);
        // Sorted, so the settings fingerprint of an import does not depend on the order of choosing.
        duplicateById = duplicateById == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(duplicateById));
    }

    public ImportChoices(DuplicatePolicy onDuplicate, boolean allowFewKpis) {
        this(onDuplicate, allowFewKpis, List.of(), Map.of());
    }

    public ImportChoices withOnDuplicate(DuplicatePolicy policy) {
        return new ImportChoices(policy, allowFewKpis, edits, duplicateById);
    }

    public ImportChoices withAllowFewKpis(boolean allow) {
        return new ImportChoices(onDuplicate, allow, edits, duplicateById);
    }

    public ImportChoices withEdits(List<CellEdit> newEdits) {
        return new ImportChoices(onDuplicate, allowFewKpis, newEdits, duplicateById);
    }

    /// Choices for particular repeated ids (keys as [DuplicateIdCheck#key] compares them).
    public ImportChoices withDuplicateById(Map<String, DuplicatePolicy> byId) {
        return new ImportChoices(onDuplicate, allowFewKpis, edits, byId);
    }

    /// The duplicate rule the engine applies: the choice for all ids, and per id where made.
    public DuplicateChoices duplicates() {
        return new DuplicateChoices(onDuplicate, duplicateById);
    }

    /// The edits with `edit` in place of any earlier one of the same cell; typing the original
    /// value back removes the edit.
    public ImportChoices withEdit(CellEdit edit) {
        List<CellEdit> next = new ArrayList<>(edits.stream()
                .filter(e -> e.row() != edit.row() || !e.column().equals(edit.column())).toList());
        if (!edit.edited().equals(edit.original())) {
            next.add(edit);
        }
        return withEdits(next);
    }
}
