package org.csm.onboarding.engine.read;

/// A cell as the file holds it, before any interpretation. `text` is what the user sees (or the
/// CSV field); `number` is set only for cells stored as numbers in a workbook. `dateFormatted`
/// and `percentFormatted` come from the cell's number format, so 0.21 shown as "21.0%" and
/// 45366 shown as a date can be read as the user meant them.
public record RawCell(String text, Double number, boolean dateFormatted, boolean percentFormatted) {

    public static final RawCell BLANK = new RawCell("", null, false, false);

    public static RawCell text(String text) {
        return new RawCell(text == null ? "" : text, null, false, false);
    }

    public boolean isBlank() {
        return number == null && text.isBlank();
    }
}
