package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.csm.onboarding.testdata.CustomerFile;

/// Writes .xlsx packages part by part, so a test can put into the XML exactly what a hostile
/// or unusual file holds (what POI's writer would refuse or tidy up): hidden sheets, forged
/// references, DTDs, Strict namespaces, formulas without results, values that contradict their type.
final class MiniXlsx {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /// Style 1 is a date (built-in format 14), style 2 a percentage (built-in format 10, "0.00%").
    static final int DATE_STYLE = 1;
    static final int PERCENT_STYLE = 2;
    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN_NS + "\"><fonts count=\"1\"><font/></fonts>"
            + "<fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/>"
            + "</cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"10\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";

    /// Cell XML written as is: `attributes` of `<c>` (besides r) and its inner XML.
    record Raw(String attributes, String inner) {
    }

    private record SheetPart(String name, String state, String xml) {
    }

    private final List<SheetPart> sheets = new ArrayList<>();
    private final Map<String, String> extraParts = new LinkedHashMap<>();
    private String workbookNamespace = MAIN_NS;
    private String workbookPr = "";
    private String sharedStrings;
    private String extraWorkbookRels = "";
    private String floodChunk;
    private long floodCount;
    private long sheetPadding;

    MiniXlsx sheet(String name, String state, String sheetXml) {
        sheets.add(new SheetPart(name, state, sheetXml));
        return this;
    }

    MiniXlsx strict() {
        workbookNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        return this;
    }

    MiniXlsx date1904() {
        workbookPr = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    /// A shared-string table of `count` copies of `chunk` (each an `<si>`), streamed, never held in memory.
    MiniXlsx floodSharedStrings(String chunk, long count) {
        floodChunk = chunk;
        floodCount = count;
        return this;
    }

    /// Pads the first sheet's data with `bytes` spaces, streamed: it inflates about 1000-fold.
    MiniXlsx padFirstSheet(long bytes) {
        sheetPadding = bytes;
        return this;
    }

    MiniXlsx sharedStrings(String xml) {
        sharedStrings = xml;
        return this;
    }

    /// An extra workbook relationship (such as an external link) and, when `path` is given, its part.
    MiniXlsx relationship(String xmlElement, String path, String content) {
        extraWorkbookRels += xmlElement;
        if (path != null) {
            extraParts.put(path, content);
        }
        return this;
    }

    Path write(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"rels\""
                    + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/></Types>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + workbookNamespace + "\" xmlns:r=\"" + REL_NS + "\">"
                    + workbookPr + "<sheets>");
            StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rIdS\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>");
            if (sharedStrings != null || floodChunk != null) {
                rels.append("<Relationship Id=\"rIdSS\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
                if (floodChunk != null) {
                    zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                    zip.write(("<sst xmlns=\"" + MAIN_NS + "\">").getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = floodChunk.getBytes(StandardCharsets.UTF_8);
                    for (long i = 0; i < floodCount; i++) {
                        zip.write(chunk);
                    }
                    zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                } else {
                    put(zip, "xl/sharedStrings.xml", sharedStrings);
                }
            }
            for (int i = 0; i < sheets.size(); i++) {
                SheetPart sheet = sheets.get(i);
                workbook.append("<sheet name=\"").append(sheet.name()).append("\" sheetId=\"").append(i + 1).append('"')
                        .append(sheet.state() == null ? "" : " state=\"" + sheet.state() + "\"")
                        .append(" r:id=\"rId").append(i + 1).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL_NS)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
                if (i == 0 && sheetPadding > 0) {
                    int split = sheet.xml().indexOf("<sheetData>") + "<sheetData>".length();
                    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                    zip.write(sheet.xml().substring(0, split).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (long written = 0; written < sheetPadding; written += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(sheet.xml().substring(split).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                } else {
                    put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheet.xml());
                }
            }
            put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.append(extraWorkbookRels).append("</Relationships>").toString());
            put(zip, "xl/styles.xml", STYLES);
            for (Map.Entry<String, String> part : extraParts.entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /// A worksheet holding the serverless header and one row per map of values (from
    /// [CustomerFile#validRow]): text inline, numbers as numbers, dates as date-styled serials,
    /// [Raw] cells as given.
    static String customerSheet(List<Map<String, Object>> rows) {
        return "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + customerRows(rows, 1) + "</sheetData></worksheet>";
    }

    /// The header on `headerRow` and the rows below it.
    static String customerRows(List<Map<String, Object>> rows, int headerRow) {
        StringBuilder xml = new StringBuilder(row(headerRow, new ArrayList<>(CustomerFile.SERVERLESS_HEADERS)));
        for (int i = 0; i < rows.size(); i++) {
            List<Object> values = new ArrayList<>();
            for (String header : CustomerFile.SERVERLESS_HEADERS) {
                values.add(rows.get(i).get(header));
            }
            xml.append(row(headerRow + 1 + i, values));
        }
        return xml.toString();
    }

    static Map<String, Object> account(String id, Object... overrides) {
        Map<String, Object> row = CustomerFile.validRow(id);
        for (int i = 0; i < overrides.length; i += 2) {
            row.put((String) overrides[i], overrides[i + 1]);
        }
        return row;
    }

    static String row(int number, List<?> values) {
        StringBuilder xml = new StringBuilder("<row r=\"" + number + "\">");
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            String ref = letters(c) + number;
            switch (v) {
                case null -> {
                    // no cell
                }
                case Raw raw -> xml.append("<c r=\"").append(ref).append("\" ").append(raw.attributes()).append('>')
                        .append(raw.inner()).append("</c>");
                case Number n -> xml.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
                case LocalDate d -> xml.append("<c r=\"").append(ref).append("\" s=\"").append(DATE_STYLE).append("\"><v>")
                        .append(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d)).append("</v></c>");
                default -> xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(v.toString()))
                        .append("</t></is></c>");
            }
        }
        return xml.append("</row>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String letters(int col) {
        StringBuilder s = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
