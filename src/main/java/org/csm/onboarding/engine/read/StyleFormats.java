package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/// The one thing a reader needs from the styles part (`xl/styles.xml`): each cell style's
/// number format, as its id and format code. Read with StAX in one pass.
///
/// POI's `StylesTable` parses the whole part into XMLBeans (fonts, fills, borders, themes) and
/// loads the schema classes behind it: about 0.4 s of a cold start for a table of ten entries,
/// on every open. Only `<numFmts>` and `<cellXfs>` matter for how a number is shown; the rules
/// that turn a format code into text stay POI's ([org.apache.poi.ss.usermodel.DataFormatter]).
final class StyleFormats {

    /// A workbook without a styles part: every number is General.
    static final StyleFormats NONE = new StyleFormats(new int[0], Map.of());

    private final int[] formatIds;
    private final Map<Integer, String> customCodes;

    private StyleFormats(int[] formatIds, Map<Integer, String> customCodes) {
        this.formatIds = formatIds;
        this.customCodes = customCodes;
    }

    /// How many cell styles (`<xf>` of `<cellXfs>`) the workbook has.
    int size() {
        return formatIds.length;
    }

    /// The number format id of cell style `styleIndex`, 0 (General) for a style it does not have.
    int formatId(int styleIndex) {
        return styleIndex >= 0 && styleIndex < formatIds.length ? formatIds[styleIndex] : 0;
    }

    /// The format code of `formatId`: the workbook's own when it defines one (it may redefine a
    /// built-in id), otherwise Excel's built-in code; null for an id neither knows.
    String formatCode(int formatId) {
        String custom = customCodes.get(formatId);
        return custom != null ? custom : BuiltinFormats.getBuiltinFormat(formatId);
    }

    static StyleFormats read(InputStream in) throws IOException, XMLStreamException {
        Map<Integer, String> codes = new HashMap<>();
        int[] ids = new int[16];
        int count = 0;
        // cellStyleXfs also holds <xf> elements: only those inside cellXfs are cell styles. And
        // conditional formats (<dxf>, also in extLst) have <numFmt>s of their own that may reuse
        // an id: only those of the workbook's <numFmts> list are the cells' formats. The table
        // grows with the part, which ReadLimits.MAX_SMALL_PART_BYTES bounds.
        boolean inCellXfs = false;
        boolean inNumFmts = false;
        XMLStreamReader xml = XlsxPackage.xml(in);
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "numFmts" -> inNumFmts = true;
                    case "numFmt" -> {
                        int id = intAttribute(xml, "numFmtId", -1);
                        String code = xml.getAttributeValue(null, "formatCode");
                        if (inNumFmts && id >= 0 && code != null) {
                            codes.put(id, code);
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            if (count == ids.length) {
                                ids = Arrays.copyOf(ids, count * 2);
                            }
                            ids[count++] = intAttribute(xml, "numFmtId", 0);
                        }
                    }
                    default -> {
                        // fonts, fills, borders and the rest do not change how a number reads
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "cellXfs" -> inCellXfs = false;
                    case "numFmts" -> inNumFmts = false;
                    default -> {
                        // nothing else opens a section
                    }
                }
            }
        }
        xml.close();
        return new StyleFormats(Arrays.copyOf(ids, count), Map.copyOf(codes));
    }

    /// A missing or malformed id reads as `fallback`, as Excel treats a style it cannot use.
    private static int intAttribute(XMLStreamReader xml, String name, int fallback) {
        String value = xml.getAttributeValue(null, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
