package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/// The workbook's shared-string table (`xl/sharedStrings.xml`), read once with StAX.
///
/// Each `<si>` is one string: its `<t>` text, or its rich-text runs joined; phonetic guides
/// (`<rPh>`, East Asian furigana) are not part of the visible text. A string longer than a cell
/// may be is kept at [ReadLimits#MAX_CELL_CHARS] + 1 characters so the cell still reports as
/// too long, and the table as a whole is bounded by [ReadLimits#MAX_SHARED_STRING_CHARS].
final class SharedStrings {

    /// The table was larger than [ReadLimits#MAX_SHARED_STRING_CHARS].
    static final class TooLarge extends IOException {
        TooLarge() {
            super("shared strings exceed " + ReadLimits.MAX_SHARED_STRING_CHARS + " characters or "
                    + ReadLimits.MAX_SHARED_STRINGS + " strings");
        }
    }

    static final SharedStrings NONE = new SharedStrings(List.of());

    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    /// The string at `index`, or null when the table has no such entry (a damaged cell, not a damaged file).
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }

    int size() {
        return strings.size();
    }

    static SharedStrings read(InputStream in) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        long total = 0;
        boolean inText = false;
        int phonetic = 0;
        XMLStreamReader xml = XlsxPackage.xml(in);
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "t" -> inText = phonetic == 0;
                        case "rPh" -> phonetic++;
                        default -> {
                            // run properties and the like carry no text
                        }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText && text.length() <= ReadLimits.MAX_CELL_CHARS) {
                        int room = ReadLimits.MAX_CELL_CHARS + 1 - text.length();
                        text.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "t" -> inText = false;
                        case "rPh" -> phonetic--;
                        case "si" -> {
                            total += text.length();
                            if (total > ReadLimits.MAX_SHARED_STRING_CHARS || strings.size() >= ReadLimits.MAX_SHARED_STRINGS) {
                                throw new TooLarge();
                            }
                            strings.add(text.isEmpty() ? "" : text.toString());
                        }
                        default -> {
                            // nothing to finish
                        }
                    }
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
        xml.close();
        return new SharedStrings(strings);
    }
}
