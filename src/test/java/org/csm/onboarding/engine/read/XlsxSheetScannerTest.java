package org.csm.onboarding.engine.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The byte scanner and the StAX route must read every sheet to the same rows: the scanner is
/// checked against StAX on XML that uses what worksheets may use (prefixes, entities, character
/// references, CDATA, comments, rich text with phonetic guides, self-closing rows and cells,
/// quotes of both kinds, '>' inside attribute values, text crossing the scanner's buffer).
class XlsxSheetScannerTest {

    private static final String NS = "xmlns=\"" + MiniXlsx.MAIN_NS + "\"";

    private static List<String> scanned(String xml) throws Exception {
        List<String> rows = new ArrayList<>();
        XlsxSheetScanner.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), builder(rows));
        return rows;
    }

    private static List<String> parsed(String xml) throws Exception {
        List<String> rows = new ArrayList<>();
        XlsxSheetReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), builder(rows));
        return rows;
    }

    private static SheetRowBuilder builder(List<String> rows) {
        XlsxCellFactory cells = new XlsxCellFactory(SharedStrings.NONE, StyleFormats.NONE, false);
        return new SheetRowBuilder(cells, row -> rows.add(row.rowNumber() + ":" + row.cells()));
    }

    private static void assertSameRows(String xml) throws Exception {
        List<String> expected = parsed(xml);
        assertFalse(expected.isEmpty());
        assertEquals(expected, scanned(xml));
    }

    @Test
    void prefixesEntitiesAndCharacterReferencesReadAsStaxReadsThem() throws Exception {
        assertSameRows("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<x:worksheet xmlns:x=\""
                + MiniXlsx.MAIN_NS + "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>a &amp; b"
                + " &lt;c&gt; &quot;q&quot; &apos;s&apos; &#233; &#x1F600;</x:t></x:is></x:c><x:c r=\"C1\"><x:v>42.5</x:v>"
                + "</x:c></x:row></x:sheetData></x:worksheet>");
    }

    @Test
    void cdataCommentsAndProcessingInstructions() throws Exception {
        assertSameRows("<worksheet " + NS + "><sheetData><!-- a note - with dashes --><row r=\"2\"><?pi data?>"
                + "<c r=\"B2\" t=\"str\"><v><![CDATA[x]]y]]]></v></c><c r=\"C2\" t=\"inlineStr\"><is><t><![CDATA[<b>]]>"
                + " &amp; more</t></is></c></row></sheetData></worksheet>");
    }

    @Test
    void richTextRunsJoinAndPhoneticGuidesAreLeftOut() throws Exception {
        assertSameRows("<worksheet " + NS + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/></rPr>"
                + "<t>Bold</t></r><r><t xml:space=\"preserve\"> text </t></r><rPh sb=\"0\" eb=\"1\"><t>ふり</t></rPh>"
                + "<phoneticPr fontId=\"1\"/></is></c></row></sheetData></worksheet>");
    }

    @Test
    void selfClosingRowsAndCellsFormulasAndOddQuoting() throws Exception {
        assertSameRows("<worksheet " + NS + "><sheetData><row r=\"1\" spans=\"1:3\"><c r = 'A1' t='b'><v>1</v></c>"
                + "<c r=\"B1\" s=\"1\"/><c r=\"C1\" foo=\"a>b\"><f>SUM(A1:B1)</f><v>3</v></c><c r=\"D1\"><f t=\"shared\""
                + " si=\"0\"/></c><c><v>7</v></c></row><row r=\"3\"/><row><c r=\"E4\" t=\"e\"><v>#DIV/0!</v></c>"
                + "<c r=\"F4\" t=\"n\"><v>12,5</v></c><c r=\"G4\"><v/></c></row></sheetData></worksheet>");
    }

    @Test
    void textLongerThanTheBufferAndMultiByteCharactersAcrossIt() throws Exception {
        String text = "é€😀".repeat(30_000);
        assertSameRows("<worksheet " + NS + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text
                + "</t></is></c><c r=\"B1\"><v>1</v></c></row></sheetData></worksheet>");
    }

    @Test
    void aDoctypeOrAnUnknownEntityIsMalformed() {
        assertThrows(XlsxSheetScanner.MalformedSheet.class, () -> scanned("<!DOCTYPE worksheet [<!ENTITY e \"x\">]>"
                + "<worksheet " + NS + "><sheetData/></worksheet>"));
        assertThrows(XlsxSheetScanner.MalformedSheet.class, () -> scanned("<worksheet " + NS + "><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>"));
        assertThrows(XlsxSheetScanner.MalformedSheet.class, () -> scanned("<worksheet " + NS + "><sheetData><row r=\"1"));
    }

    @Test
    void onlyUtf8SheetsAreScanned() {
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>".getBytes(StandardCharsets.UTF_8);
        assertTrue(SheetXmlValues.declaresOtherEncoding(utf16, utf16.length));
        byte[] utf8 = "<?xml version=\"1.0\" encoding=\"utf-8\"?><worksheet/>".getBytes(StandardCharsets.UTF_8);
        assertFalse(SheetXmlValues.declaresOtherEncoding(utf8, utf8.length));
        byte[] none = "<worksheet/>".getBytes(StandardCharsets.UTF_8);
        assertFalse(SheetXmlValues.declaresOtherEncoding(none, none.length));
    }
}
