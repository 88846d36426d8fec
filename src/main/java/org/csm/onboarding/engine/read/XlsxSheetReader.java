package org.csm.onboarding.engine.read;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/// Streams one worksheet's XML with StAX into a [SheetRowBuilder], holding a single row at a
/// time. The general route, for any encoding the XML declares; [XlsxSheetScanner] is the fast
/// one for UTF-8, and both must give the same rows.
final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    static void read(InputStream in, SheetRowBuilder rows) throws XMLStreamException, SheetRowBuilder.LimitExceeded {
        XMLStreamReader xml = XlsxPackage.xml(in);
        try {
            read(xml, rows);
        } finally {
            xml.close();
        }
    }

    private static void read(XMLStreamReader xml, SheetRowBuilder rows) throws XMLStreamException, SheetRowBuilder.LimitExceeded {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> rows.startRow(xml.getAttributeValue(null, "r"));
                    case "c" -> rows.startCell(xml.getAttributeValue(null, "r"), xml.getAttributeValue(null, "t"),
                            xml.getAttributeValue(null, "s"));
                    case "v" -> rows.startValue();
                    case "f" -> rows.startFormula();
                    case "is" -> rows.startInlineString();
                    case "rPh" -> rows.startPhonetic();
                    case "t" -> rows.startText();
                    default -> {
                        // sheet properties, merged cells etc. do not change what a cell shows
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                rows.text(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v", "t" -> rows.endValueOrText();
                    case "rPh" -> rows.endPhonetic();
                    case "is" -> rows.endInlineString();
                    case "c" -> rows.endCell();
                    case "row" -> {
                        if (!rows.endRow()) {
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
}
