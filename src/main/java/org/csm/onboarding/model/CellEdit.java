package org.csm.onboarding.model;

/// A cell the CSM fixed in the account preview: the file's row number, the column's header as
/// written, the value as the file has it and the value typed instead. The file itself is never
/// changed; the import reads the edited value and keeps both.
public record CellEdit(int row, String column, String original, String edited) {
}
