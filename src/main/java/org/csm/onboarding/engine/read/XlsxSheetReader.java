package org.csm.onboarding.engine.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/// Streams one worksheet's XML into [SheetRow]s with StAX, holding a single row at a time so
/// the heap stays flat however long the sheet is.
///
/// Rows are numbered from their `r` attribute because Excel leaves rows without content out of
/// the XML, and callers report problems by the row number the user sees. Cells are placed by
/// their column letters, and gaps are filled with [RawCell#BLANK]. A cell or row reference
/// beyond Excel's sheet size, or more cells than [#MAX_CELLS], stops the read with
/// [LimitExceeded]; a bad value inside a cell never does (see [XlsxCellFactory]).
final class XlsxSheetReader {

    /// Cells (including the blanks between them) one sheet may hold: 100 columns for Excel's
    /// 1,048,576 rows. Bounds the time a sheet of sparse far-away cells can take.
    static final long MAX_CELLS = 104_857_600;

    /// A sheet went beyond one of the [ReadLimits]; `what` completes "the sheet ...".
    static final class LimitExceeded extends Exception {
        LimitExceeded(String what) {
            super(what);
        }
    }

    private final XlsxCellFactory cellFactory;
    private final StringBuilder text = new StringBuilder();
    private int formulasWithoutValue;

    XlsxSheetReader(XlsxCellFactory cellFactory) {
        this.cellFactory = cellFactory;
    }

    /// Formula cells without a saved result seen by the last read (they read as blank).
    int formulasWithoutValue() {
        return formulasWithoutValue;
    }

    void read(InputStream in, RowVisitor visitor) throws XMLStreamException, LimitExceeded {
        XMLStreamReader xml = XlsxPackage.xml(in);
        try {
            read(xml, visitor);
        } finally {
            xml.close();
        }
    }

    private void read(XMLStreamReader xml, RowVisitor visitor) throws XMLStreamException, LimitExceeded {
        formulasWithoutValue = 0;
        List<RawCell> cells = new ArrayList<>();
        int rowNumber = 0;
        long cellCount = 0;
        int column = 0;
        String type = null;
        int style = 0;
        boolean hasValue = false;
        boolean hasFormula = false;
        boolean capturing = false;
        boolean inInline = false;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        rowNumber = rowNumber(xml.getAttributeValue(null, "r"), rowNumber);
                        cells.clear();
                    }
                    case "c" -> {
                        column = columnOf(xml.getAttributeValue(null, "r"), cells.size(), rowNumber);
                        type = xml.getAttributeValue(null, "t");
                        style = style(xml.getAttributeValue(null, "s"));
                        text.setLength(0);
                        hasValue = false;
                        hasFormula = false;
                    }
                    case "v" -> {
                        text.setLength(0);
                        capturing = true;
                    }
                    case "f" -> hasFormula = true;
                    case "is" -> {
                        text.setLength(0);
                        inInline = true;
                    }
                    // Phonetic guides (East Asian furigana) are not part of the visible text.
                    case "rPh" -> phonetic++;
                    case "t" -> capturing = inInline && phonetic == 0;
                    default -> {
                        // sheet properties, merged cells etc. do not change what a cell shows
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (capturing && text.length() <= ReadLimits.MAX_CELL_CHARS) {
                    int room = ReadLimits.MAX_CELL_CHARS + 1 - text.length();
                    text.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v", "t" -> {
                        hasValue |= capturing;
                        capturing = false;
                    }
                    case "rPh" -> phonetic--;
                    case "is" -> inInline = false;
                    case "c" -> {
                        if (hasFormula && !hasValue) {
                            formulasWithoutValue++;
                        }
                        cellCount += Math.max(1, column + 1 - cells.size());
                        if (cellCount > MAX_CELLS) {
                            throw new LimitExceeded(String.format("holds more than %,d cells", MAX_CELLS));
                        }
                        place(cells, column, cellFactory.cell(type, style, hasValue ? text.toString() : null));
                    }
                    case "row" -> {
                        if (!visitor.visit(new SheetRow(rowNumber, cells))) {
                            return;
                        }
                    }
                    default -> {
                        // nothing to finish
                    }
                }
            }
        }
    }

    private static void place(List<RawCell> cells, int column, RawCell cell) {
        while (cells.size() < column) {
            cells.add(RawCell.BLANK);
        }
        if (column < cells.size()) {
            cells.set(column, cell);
        } else {
            cells.add(cell);
        }
    }

    /// The `r` attribute, or the next row when it is missing or not a number.
    private static int rowNumber(String r, int previous) throws LimitExceeded {
        int number = previous + 1;
        if (r != null) {
            try {
                number = Integer.parseInt(r.trim());
            } catch (NumberFormatException e) {
                // a damaged row reference: keep counting
            }
        }
        if (number > ReadLimits.MAX_ROWS) {
            throw new LimitExceeded(String.format("has a row %,d, beyond Excel's last row %,d", number, ReadLimits.MAX_ROWS));
        }
        return Math.max(number, 1);
    }

    private static int columnOf(String reference, int next, int row) throws LimitExceeded {
        int column = reference == null ? next : columnIndex(reference);
        if (column < 0) {
            column = next;
        }
        if (column >= ReadLimits.MAX_COLUMNS) {
            throw new LimitExceeded("has a cell in row " + row + " beyond Excel's last column XFD ("
                    + String.format("%,d", ReadLimits.MAX_COLUMNS) + " columns)");
        }
        return column;
    }

    private static int style(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
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
