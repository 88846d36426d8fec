package org.csm.onboarding.engine.read;

import java.util.ArrayList;
import java.util.List;

/// Turns the elements of a worksheet's `<sheetData>` into [SheetRow]s, whichever parser reads
/// the XML ([XlsxSheetScanner] for UTF-8 sheets, StAX in [XlsxSheetReader] otherwise): both
/// report the same events here, so both give the same rows.
///
/// Rows are numbered from their `r` attribute because Excel leaves rows without content out of
/// the XML, and callers report problems by the row number the user sees. Cells are placed by
/// their column letters, and gaps are filled with [RawCell#BLANK]. A row or column reference
/// beyond Excel's sheet size, or more cells than [#MAX_CELLS], stops the read with
/// [LimitExceeded]; a bad value inside a cell never does (see [XlsxCellFactory]).
final class SheetRowBuilder {

    /// Cells (including the blanks between them) one sheet may hold: 100 columns for Excel's
    /// 1,048,576 rows. Bounds the time a sheet of sparse far-away cells can take.
    static final long MAX_CELLS = 104_857_600;

    /// A sheet went beyond one of the [ReadLimits]; the message completes "the sheet ...".
    static final class LimitExceeded extends Exception {
        LimitExceeded(String what) {
            super(what);
        }
    }

    private final XlsxCellFactory cellFactory;
    private final RowVisitor visitor;
    private final List<RawCell> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /// The value when it arrived in one piece, so it is not copied twice.
    private String whole;
    private int rowNumber;
    private long cellCount;
    private int column;
    private String type;
    private int style;
    private boolean hasValue;
    private boolean hasFormula;
    private boolean capturing;
    private boolean inInline;
    private int phonetic;
    private int formulasWithoutValue;

    SheetRowBuilder(XlsxCellFactory cellFactory, RowVisitor visitor) {
        this.cellFactory = cellFactory;
        this.visitor = visitor;
    }

    int formulasWithoutValue() {
        return formulasWithoutValue;
    }

    void startRow(String r) throws LimitExceeded {
        startRow(r == null ? -1 : number(r));
    }

    /// `number` is the row's `r` attribute, or -1 when it has none (or none that is a number).
    void startRow(int number) throws LimitExceeded {
        rowNumber = number < 0 ? rowNumber + 1 : Math.max(number, 1);
        if (rowNumber > ReadLimits.MAX_ROWS) {
            throw new LimitExceeded(String.format("has a row %,d, beyond Excel's last row %,d", rowNumber, ReadLimits.MAX_ROWS));
        }
        cells.clear();
    }

    void startCell(String r, String t, String s) throws LimitExceeded {
        startCell(r == null ? -1 : columnIndex(r), t, s == null ? 0 : Math.max(number(s), 0));
    }

    /// `referenced` is the 0-based column of the cell's `r` attribute, or -1 when it has none.
    void startCell(int referenced, String t, int s) throws LimitExceeded {
        column = referenced < 0 ? cells.size() : referenced;
        if (column >= ReadLimits.MAX_COLUMNS) {
            throw new LimitExceeded("has a cell in row " + rowNumber + " beyond Excel's last column XFD ("
                    + String.format("%,d", ReadLimits.MAX_COLUMNS) + " columns)");
        }
        type = t;
        style = s;
        text.setLength(0);
        whole = null;
        hasValue = false;
        hasFormula = false;
    }

    void startValue() {
        text.setLength(0);
        whole = null;
        capturing = true;
    }

    void startFormula() {
        hasFormula = true;
    }

    void startInlineString() {
        text.setLength(0);
        whole = null;
        inInline = true;
    }

    void endInlineString() {
        inInline = false;
    }

    /// Phonetic guides (East Asian furigana) are not part of the visible text.
    void startPhonetic() {
        phonetic++;
    }

    void endPhonetic() {
        phonetic--;
    }

    void startText() {
        capturing = inInline && phonetic == 0;
    }

    /// The end of `<v>` or `<t>`.
    void endValueOrText() {
        hasValue |= capturing;
        capturing = false;
    }

    boolean capturing() {
        return capturing;
    }

    void text(char[] chars, int start, int length) {
        flushWhole();
        if (capturing && text.length() <= ReadLimits.MAX_CELL_CHARS) {
            text.append(chars, start, Math.min(ReadLimits.MAX_CELL_CHARS + 1 - text.length(), length));
        }
    }

    /// A whole value at once (the scanner's way): kept as is unless more text joins it.
    void text(String chars) {
        if (!capturing) {
            return;
        }
        if (text.isEmpty() && whole == null && chars.length() <= ReadLimits.MAX_CELL_CHARS) {
            whole = chars;
            return;
        }
        flushWhole();
        if (text.length() <= ReadLimits.MAX_CELL_CHARS) {
            text.append(chars, 0, Math.min(ReadLimits.MAX_CELL_CHARS + 1 - text.length(), chars.length()));
        }
    }

    private void flushWhole() {
        if (whole != null) {
            text.append(whole);
            whole = null;
        }
    }

    private String value() {
        if (whole != null && text.isEmpty()) {
            return whole;
        }
        flushWhole();
        return text.toString();
    }

    void endCell() throws LimitExceeded {
        if (hasFormula && !hasValue) {
            formulasWithoutValue++;
        }
        cellCount += Math.max(1, column + 1 - cells.size());
        if (cellCount > MAX_CELLS) {
            throw new LimitExceeded(String.format("holds more than %,d cells", MAX_CELLS));
        }
        RawCell cell = cellFactory.cell(type, style, hasValue ? value() : null);
        while (cells.size() < column) {
            cells.add(RawCell.BLANK);
        }
        if (column < cells.size()) {
            cells.set(column, cell);
        } else {
            cells.add(cell);
        }
    }

    /// Hands the row to the visitor; false when it has seen enough.
    boolean endRow() {
        return visitor.visit(new SheetRow(rowNumber, cells));
    }

    /// A whole number written in an attribute, or -1 when it is not one.
    static int number(String digits) {
        try {
            return Integer.parseInt(digits.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /// "AB12" -> 27 (0-based); -1 when the reference starts with no letter. Stops counting
    /// past Excel's last column so a forged reference cannot overflow.
    static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
            if (index > ReadLimits.MAX_COLUMNS) {
                return ReadLimits.MAX_COLUMNS;
            }
        }
        return index - 1;
    }
}
