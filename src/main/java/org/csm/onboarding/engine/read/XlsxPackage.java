package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/// The parts of an .xlsx package the readers need, found the way Excel finds them: the
/// package relationships name the workbook, the workbook's relationships name its sheets,
/// styles and shared strings. Read with the JDK's ZIP and StAX, every entry through an
/// [InflateGuard], and with DTDs and external entities switched off (no XXE, no entity bombs).
final class XlsxPackage implements AutoCloseable {

    /// A sheet as the workbook lists it; `state` is "visible", "hidden" or "veryHidden".
    record Sheet(String name, String state, String path) {
        boolean visible() {
            return state == null || "visible".equals(state);
        }
    }

    /// Strict Open XML names its parts in this namespace instead of the usual (transitional) one.
    static final String STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final long MAX_SHEET_BYTES = 8L << 30;
    private static final XMLInputFactory XML = secureFactory();

    private final ZipFile zip;
    private final String workbookPath;
    private final Map<String, String> workbookRels;
    private final List<Sheet> sheets = new ArrayList<>();
    private boolean date1904;
    private boolean strict;

    XlsxPackage(ZipFile zip) throws IOException, XMLStreamException {
        this.zip = zip;
        this.workbookPath = officeDocument();
        this.workbookRels = relationships(workbookPath);
        readWorkbook();
    }

    List<Sheet> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    boolean strict() {
        return strict;
    }

    /// The workbook part's path inside the ZIP, e.g. "xl/workbook.xml".
    String workbookPath() {
        return workbookPath;
    }

    /// The path of the workbook's related part whose type ends with `typeSuffix`, or null.
    String relatedPart(String typeSuffix) {
        for (Map.Entry<String, String> rel : workbookRels.entrySet()) {
            if (rel.getKey().endsWith(typeSuffix)) {
                return rel.getValue();
            }
        }
        return null;
    }

    /// Opens a part with the small-part ceiling (workbook, styles, relationships, shared strings).
    InputStream open(String path) throws IOException {
        return open(path, ReadLimits.MAX_SMALL_PART_BYTES);
    }

    InputStream openSheet(Sheet sheet) throws IOException {
        return open(sheet.path(), MAX_SHEET_BYTES);
    }

    InputStream open(String path, long maxBytes) throws IOException {
        ZipEntry entry = zip.getEntry(path);
        if (entry == null) {
            throw new IOException("missing part " + path);
        }
        return new InflateGuard(zip.getInputStream(entry), path, entry.getCompressedSize(), maxBytes);
    }

    boolean has(String path) {
        return path != null && zip.getEntry(path) != null;
    }

    static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        return XML.createXMLStreamReader(in);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private String officeDocument() throws IOException, XMLStreamException {
        if (zip.getEntry("_rels/.rels") != null) {
            for (Map.Entry<String, String> rel : relationships("").entrySet()) {
                if (rel.getKey().endsWith("/officeDocument")) {
                    return rel.getValue();
                }
            }
        }
        return "xl/workbook.xml";
    }

    /// Relationship id and type ("rId1|http://.../worksheet") to the target's path in the ZIP.
    private Map<String, String> relationships(String sourcePath) throws IOException, XMLStreamException {
        int slash = sourcePath.lastIndexOf('/');
        String folder = slash < 0 ? "" : sourcePath.substring(0, slash + 1);
        String relsPath = folder + "_rels/" + sourcePath.substring(slash + 1) + ".rels";
        Map<String, String> rels = new HashMap<>();
        if (zip.getEntry(relsPath) == null) {
            return rels;
        }
        try (InputStream in = open(relsPath)) {
            XMLStreamReader xml = xml(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                        && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    String target = xml.getAttributeValue(null, "Target");
                    if (target != null) {
                        rels.put(xml.getAttributeValue(null, "Id") + "|" + xml.getAttributeValue(null, "Type"),
                                resolve(folder, target));
                    }
                }
            }
            xml.close();
        }
        return rels;
    }

    private void readWorkbook() throws IOException, XMLStreamException {
        try (InputStream in = open(workbookPath)) {
            XMLStreamReader xml = xml(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "workbook" -> strict = STRICT_NAMESPACE.equals(xml.getNamespaceURI());
                    case "workbookPr" -> {
                        String value = xml.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                    case "sheet" -> addSheet(xml);
                    default -> {
                        // defined names, views, calculation settings: not needed to read the data
                    }
                }
            }
            xml.close();
        }
    }

    /// Chart sheets and dialog sheets have no cells, so only worksheet relationships count.
    private void addSheet(XMLStreamReader xml) {
        String id = null;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if ("id".equals(xml.getAttributeLocalName(i))) {
                id = xml.getAttributeValue(i);
            }
        }
        String name = xml.getAttributeValue(null, "name");
        for (Map.Entry<String, String> rel : workbookRels.entrySet()) {
            if (name != null && rel.getKey().startsWith(id + "|") && rel.getKey().endsWith("/worksheet")) {
                sheets.add(new Sheet(name, xml.getAttributeValue(null, "state"), rel.getValue()));
                return;
            }
        }
    }

    /// "worksheets/sheet1.xml" relative to "xl/" is "xl/worksheets/sheet1.xml"; "/xl/..." is absolute.
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
