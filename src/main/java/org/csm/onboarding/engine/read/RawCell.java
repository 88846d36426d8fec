package org.csm.onboarding.engine.read;

import java.util.Objects;
import java.util.function.Supplier;

/// A cell as the file holds it, before any interpretation. `text` is what the user sees (or the
/// CSV field); `number` is set only for cells stored as numbers in a workbook. `dateFormatted`
/// and `percentFormatted` come from the cell's number format, so 0.21 shown as "21.0%" and
/// 45366 shown as a date can be read as the user meant them.
///
/// `problem` is set when the cell itself cannot be used as written (longer than a cell may be,
/// or a reference the workbook does not resolve); it reads like "holds more than 32,767
/// characters". The row that needs the cell reports it with its row and column, and the rest of
/// the file is read as usual: one bad cell never refuses a whole file.
///
/// A workbook number's text is formatted only when someone asks for it: a million-row sheet
/// has tens of millions of numbers whose text nobody reads, and formatting them as Excel would
/// costs more than parsing the sheet. A value class with the accessors of a record.
public final class RawCell {

    public static final RawCell BLANK = new RawCell("", null, false, false, null);

    private volatile String text;
    private final Supplier<String> format;
    private final Double number;
    private final boolean dateFormatted;
    private final boolean percentFormatted;
    private final String problem;

    public RawCell(String text, Double number, boolean dateFormatted, boolean percentFormatted, String problem) {
        this.text = Objects.requireNonNull(text);
        this.format = null;
        this.number = number;
        this.dateFormatted = dateFormatted;
        this.percentFormatted = percentFormatted;
        this.problem = problem;
    }

    public RawCell(String text, Double number, boolean dateFormatted, boolean percentFormatted) {
        this(text, number, dateFormatted, percentFormatted, null);
    }

    private RawCell(double number, boolean dateFormatted, boolean percentFormatted, Supplier<String> format) {
        this.format = format;
        this.number = number;
        this.dateFormatted = dateFormatted;
        this.percentFormatted = percentFormatted;
        this.problem = null;
    }

    public static RawCell text(String text) {
        return new RawCell(text == null ? "" : text, null, false, false, null);
    }

    /// A number whose shown text `format` renders on first use.
    static RawCell number(double number, boolean dateFormatted, boolean percentFormatted, Supplier<String> format) {
        return new RawCell(number, dateFormatted, percentFormatted, format);
    }

    /// A cell that cannot be used: `shown` is a short quote of it for messages.
    public static RawCell unusable(String shown, String problem) {
        return new RawCell(shown, null, false, false, Objects.requireNonNull(problem));
    }

    /// A text cell, or an unusable one when it is longer than [ReadLimits#MAX_CELL_CHARS].
    static RawCell bounded(String text) {
        if (text.length() > ReadLimits.MAX_CELL_CHARS) {
            return unusable(text.substring(0, 40) + "...", String.format("holds more than %,d characters, Excel's limit"
                    + " for one cell", ReadLimits.MAX_CELL_CHARS));
        }
        return text(text);
    }

    public String text() {
        String shown = text;
        if (shown == null) {
            shown = format.get();
            text = shown;
        }
        return shown;
    }

    public Double number() {
        return number;
    }

    public boolean dateFormatted() {
        return dateFormatted;
    }

    public boolean percentFormatted() {
        return percentFormatted;
    }

    public String problem() {
        return problem;
    }

    public boolean isBlank() {
        return number == null && problem == null && text().isBlank();
    }

    public boolean hasProblem() {
        return problem != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawCell other && text().equals(other.text()) && Objects.equals(number, other.number)
                && dateFormatted == other.dateFormatted && percentFormatted == other.percentFormatted
                && Objects.equals(problem, other.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text(), number, dateFormatted, percentFormatted, problem);
    }

    @Override
    public String toString() {
        return "RawCell[text=" + text() + ", number=" + number + ", dateFormatted=" + dateFormatted
                + ", percentFormatted=" + percentFormatted + ", problem=" + problem + "]";
    }
}
