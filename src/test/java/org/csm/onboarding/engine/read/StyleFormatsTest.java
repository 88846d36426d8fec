package org.csm.onboarding.engine.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StyleFormatsTest {

    private static StyleFormats read(String xml) throws Exception {
        return StyleFormats.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlyCellXfsAreCellStylesAndCustomCodesOverrideBuiltIns() throws Exception {
        StyleFormats formats = read("<styleSheet xmlns=\"" + MiniXlsx.MAIN_NS + "\">"
                + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"
                + "<numFmt numFmtId=\"14\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
                + "<cellStyleXfs count=\"2\"><xf numFmtId=\"49\"/><xf numFmtId=\"10\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"><alignment/></xf><xf numFmtId=\"14\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\"/></cellStyles></styleSheet>");

        assertEquals(3, formats.size());
        assertEquals(0, formats.formatId(0));
        assertEquals(164, formats.formatId(1));
        assertEquals("0.0%", formats.formatCode(164));
        assertEquals("yyyy-mm-dd", formats.formatCode(formats.formatId(2)), "the workbook's own code for a built-in id");
        assertEquals("0.00%", formats.formatCode(10), "a built-in id the workbook does not redefine");
    }

    /// Conditional formats (`<dxf>`, also the x14 ones in `<extLst>`) carry number formats of
    /// their own, after `<numFmts>` and possibly with the same ids: they must not replace the
    /// cells' formats (POI's StylesTable reads `<numFmts>` only).
    @Test
    void conditionalFormatsDoNotReplaceTheCellsFormats() throws Exception {
        StyleFormats formats = read("<styleSheet xmlns=\"" + MiniXlsx.MAIN_NS + "\" xmlns:x14=\"urn:x14\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"164\"/><xf numFmtId=\"4\"/></cellXfs>"
                + "<dxfs count=\"2\"><dxf><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></dxf>"
                + "<dxf><numFmt numFmtId=\"4\" formatCode=\"d-mmm\"/></dxf></dxfs>"
                + "<extLst><ext><x14:dxfs><dxf><numFmt numFmtId=\"164\" formatCode=\"mm:ss\"/></dxf></x14:dxfs></ext>"
                + "</extLst></styleSheet>");

        assertEquals("0.0%", formats.formatCode(formats.formatId(0)));
        assertEquals("#,##0.00", formats.formatCode(formats.formatId(1)), "built-in 4, not the dxf's d-mmm");
    }

    @Test
    void aStyleOrIdTheFileDoesNotHaveReadsAsGeneral() throws Exception {
        StyleFormats formats = read("<styleSheet xmlns=\"" + MiniXlsx.MAIN_NS + "\"><cellXfs>"
                + "<xf/><xf numFmtId=\"x1\"/><xf numFmtId=\" 3 \"/></cellXfs></styleSheet>");

        assertEquals(0, formats.formatId(0), "no id");
        assertEquals(0, formats.formatId(1), "an id that is not a number");
        assertEquals(3, formats.formatId(2));
        assertEquals(0, formats.formatId(99), "a style index past the table");
        assertEquals(0, formats.formatId(-1));
        assertNull(formats.formatCode(400), "an id neither the file nor Excel defines");
        assertEquals(0, StyleFormats.NONE.size());
    }

    /// The same answers POI's full styles model gives, on a styles part POI itself wrote.
    @Test
    void agreesWithPoisStylesTable() throws Exception {
        byte[] styles;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            DataFormat format = book.createDataFormat();
            for (String code : new String[] {"0.00%", "m/d/yy", "#,##0.00 \"USD\"", "[h]:mm:ss", "0.000E+00", "@"}) {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(format.getFormat(code));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.getStylesSource().writeTo(out);
            styles = out.toByteArray();
        }
        StylesTable poi;
        try (InputStream in = new ByteArrayInputStream(styles)) {
            poi = new StylesTable(in);
        }
        StyleFormats ours = StyleFormats.read(new ByteArrayInputStream(styles));

        assertEquals(poi.getNumCellStyles(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            short id = poi.getStyleAt(i).getDataFormat();
            assertEquals(id, ours.formatId(i), "style " + i);
            assertEquals(poi.getStyleAt(i).getDataFormatString(), ours.formatCode(id), "style " + i);
        }
    }
}
