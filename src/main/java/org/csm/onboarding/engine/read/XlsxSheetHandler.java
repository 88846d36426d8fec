package org.csm.onboarding.engine.read;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/// Streams one worksheet's XML into [SheetRow]s, holding a single row at a time so the heap
/// stays flat however long the sheet is.
///
/// Rows are numbered from their `r` attribute because Excel leaves rows without content out of
/// the XML, and callers report problems by the row number the user sees. Cells are placed by
/// their column letters, and gaps are filled with [RawCell#BLANK].
final class XlsxSheetHandler extends DefaultHandler {

    /// Thrown through the parser to end the read when the visitor has seen enough.
    static final class StopReading extends SAXException {
        StopReading() {
            super("visitor stopped the read");
        }
    }

    /// Carries the visitor's own failure through the parser so it is not mistaken for a damaged file.
    static final class VisitorFailed extends SAXException {
        private final Throwable failure;

        VisitorFailed(Throwable failure) {
            super(failure.toString());
            this.failure = failure;
        }

        Throwable failure() {
            return failure;
        }
    }

    private final XlsxCellFactory cellFactory;
    private final RowVisitor visitor;

    private int rowNumber;
    private List<RawCell> cells;
    private int column;
    private String cellType;
    private int cellStyle;
    private final StringBuilder text = new StringBuilder();
    private boolean hasValue;
    private boolean capturing;
    private boolean inInlineString;
    private boolean inPhonetic;

    XlsxSheetHandler(XlsxCellFactory cellFactory, RowVisitor visitor) {
        this.cellFactory = cellFactory;
        this.visitor = visitor;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r.trim());
                cells = new ArrayList<>();
            }
            case "c" -> {
                String r = attributes.getValue("r");
                int referenced = r == null ? -1 : columnIndex(r);
                column = referenced < 0 ? cells.size() : referenced;
                cellType = attributes.getValue("t");
                String s = attributes.getValue("s");
                cellStyle = s == null ? 0 : Integer.parseInt(s.trim());
                text.setLength(0);
                hasValue = false;
            }
            case "v" -> {
                text.setLength(0);
                capturing = true;
            }
            case "is" -> {
                text.setLength(0);
                inInlineString = true;
            }
            // Phonetic guides (East Asian furigana) are not part of the visible text.
            case "rPh" -> inPhonetic = true;
            case "t" -> capturing = inInlineString && !inPhonetic;
            default -> {
                // sheet properties, formulas, merged cells etc. do not change what a cell shows
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (name(localName, qName)) {
            case "v", "t" -> {
                hasValue |= capturing;
                capturing = false;
            }
            case "rPh" -> inPhonetic = false;
            case "is" -> inInlineString = false;
            case "c" -> place(cellFactory.cell(cellType, cellStyle, hasValue ? text.toString() : null));
            case "row" -> emitRow();
            default -> {
                // nothing to finish
            }
        }
    }

    private void place(RawCell cell) {
        while (cells.size() < column) {
            cells.add(RawCell.BLANK);
        }
        if (column < cells.size()) {
            cells.set(column, cell);
        } else {
            cells.add(cell);
        }
    }

    private void emitRow() throws SAXException {
        boolean goOn;
        try {
            goOn = visitor.visit(new SheetRow(rowNumber, cells));
        } catch (RuntimeException | Error e) {
            throw new VisitorFailed(e);
        }
        if (!goOn) {
            throw new StopReading();
        }
    }

    /// "AB12" -> 27 (0-based).
    static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
