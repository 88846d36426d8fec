package org.csm.onboarding.engine.read;

import java.util.List;

/// One row of a sheet. `rowNumber` is the number Excel shows (1-based); for CSV it is the
/// record number, so a quoted field spanning lines still counts as one row.
public record SheetRow(int rowNumber, List<RawCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /// The cell at a 0-based column, BLANK when the row is shorter.
    public RawCell cell(int column) {
        return column < cells.size() ? cells.get(column) : RawCell.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(RawCell::isBlank);
    }
}
