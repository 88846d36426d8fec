package org.csm.onboarding.engine.detect;

import org.csm.onboarding.model.DataIssue;

import java.util.List;

/// Where the customer table sits: its sheet, the header row (as Excel numbers it) and the
/// headers exactly as written (blank headers kept as "" so column positions hold). `notes` are
/// what finding it revealed: a hidden sheet passed over, duplicate or blank headers.
public record SheetLayout(String sheet, int headerRow, List<String> headers, List<DataIssue> notes) {

    public SheetLayout {
        headers = List.copyOf(headers);
        notes = List.copyOf(notes);
    }

    public SheetLayout(String sheet, int headerRow, List<String> headers) {
        this(sheet, headerRow, headers, List.of());
    }

    /// The first column with this header (a duplicate header's later columns are not read).
    public int columnOf(String header) {
        return headers.indexOf(header);
    }
}
