package org.csm.onboarding.model;

/// Stable codes for data issues; the JSON output and message bundles use the lower-case name.
public enum IssueCode {
    MISSING_ACCOUNT_NAME,
    MISSING_ACCOUNT_ID,
    DUPLICATE_ACCOUNT_ID,
    /// A row left out because its id is on another row and the CSM chose which row to keep.
    DUPLICATE_ROW_SKIPPED,
    REGION_MISSING,
    INVALID_NUMBER,
    INVALID_DATE,
    UNKNOWN_LABEL,
    MISSING_KPI_VALUE,
    NEGATIVE_VALUE,
    OUT_OF_RANGE,
    TEMPLATE_EXAMPLE_ROW,
    BLANK_ROWS_SKIPPED,
    HEALTH_SCALE_0_100,
    REQUIRED_FIELD_UNMAPPED,
    KPI_COLUMN_UNMAPPED,
    NO_DATA_ROWS,
    UNMAPPED_COLUMN,
    /// A cell the reader could not use as written (too long, damaged); reported for its row.
    UNUSABLE_CELL,
    /// Text longer than the database keeps for that field.
    TEXT_TOO_LONG,
    /// Formula cells without a saved result (written by a tool that does not calculate).
    FORMULA_WITHOUT_VALUE,
    /// Bytes that are not valid text in the file's encoding were replaced.
    INVALID_TEXT_ENCODING,
    /// Invisible control, NUL or direction-override characters were removed from the text.
    CONTROL_CHARACTERS_REMOVED,
    /// Rows with more or fewer fields than the header.
    RAGGED_ROWS,
    /// The table was taken from a visible sheet while a hidden sheet also holds one (or only a hidden one does).
    HIDDEN_SHEET,
    /// Two header cells with the same name, or a blank header above data.
    DUPLICATE_HEADER,
    BLANK_HEADER,
    /// Ids that differ only by leading zeros ("00123" and "123").
    AMBIGUOUS_ID,
    /// A numeric id with more digits than a spreadsheet number keeps (15).
    ID_PRECISION_LOST;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
