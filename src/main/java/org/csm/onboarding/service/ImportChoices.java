package org.csm.onboarding.service;

import org.csm.onboarding.engine.validate.DuplicatePolicy;
import org.csm.onboarding.model.CellEdit;

import java.util.ArrayList;
import java.util.List;

/// What the CSM decided about a file before importing it: which row to keep when an id repeats,
/// whether a score from few KPIs is acceptable (the coverage gate), and the cells fixed in the
/// preview (read instead of the file's, stored with the import beside the original).
public record ImportChoices(DuplicatePolicy onDuplicate, boolean allowFewKpis, List<CellEdit> edits) {

    public static final ImportChoices DEFAULT = new ImportChoices(DuplicatePolicy.ERROR, false, List.of());

    public ImportChoices {
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    public ImportChoices(DuplicatePolicy onDuplicate, boolean allowFewKpis) {
        this(onDuplicate, allowFewKpis, List.of());
    }

    public ImportChoices withOnDuplicate(DuplicatePolicy policy) {
        return new ImportChoices(policy, allowFewKpis, edits);
    }

    public ImportChoices withAllowFewKpis(boolean allow) {
        return new ImportChoices(onDuplicate, allow, edits);
    }

    public ImportChoices withEdits(List<CellEdit> newEdits) {
        return new ImportChoices(onDuplicate, allowFewKpis, newEdits);
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
