package org.csm.onboarding.engine.read;

import static org.csm.onboarding.engine.read.Fixtures.rowNumbers;
import static org.csm.onboarding.engine.read.Fixtures.rows;
import static org.csm.onboarding.engine.read.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {

    @TempDir
    Path dir;

    @Test
    void titleRowsAndBlankRowsKeepTheRowNumbersExcelShows() throws Exception {
        Path file = Fixtures.xlsx(dir, "export.xlsx", wb -> {
            Sheet sheet = wb.createSheet("Customers");
            sheet.createRow(0).createCell(0).setCellValue("Customer health export");
            // row 2 is left out of the XML entirely, as Excel does for untouched rows
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("customer_id");
            header.createCell(1).setCellValue("company_name");
            sheet.createRow(3).createCell(0).setCellValue("SRVL-3007");
            sheet.createRow(4); // present in the XML but empty
            sheet.createRow(5).createCell(1).setBlank(); // a formatted but blank cell
            sheet.createRow(6).createCell(0).setCellValue("SRVL-3008");
        });
        try (XlsxTableReader reader = XlsxTableReader.open(file)) {
            List<SheetRow> rows = rows(reader, "Customers");
            assertEquals(List.of(1, 3, 4, 5, 6, 7), rowNumbers(rows));
            assertEquals(List.of("customer_id", "company_name"), texts(rows.get(1)));
            assertTrue(rows.get(3).isBlank());
            assertTrue(rows.get(4).isBlank());
            assertEquals("SRVL-3008", rows.get(5).cell(0).text());
        }
    }

    @Test
    void sparseCellsArePositionedByColumnLetterWithBlanksBetween() throws Exception {
        Path file = Fixtures.xlsx(dir, "sparse.xlsx", wb -> {
            Row row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue("A");
            row.createCell(3).setCellValue("D");
            row.createCell(27).setCellValue("AB");
        });
        try (XlsxTableReader reader = XlsxTableReader.open(file)) {
            SheetRow row = rows(reader, "S").getFirst();
            assertEquals(28, row.cells().size());
            assertEquals("A", row.cell(0).text());
            assertSame(RawCell.BLANK, row.cell(1));
            assertSame(RawCell.BLANK, row.cell(2));
            assertEquals("D", row.cell(3).text());
            assertEquals("AB", row.cell(27).text());
        }
    }

    @Test
    void numericCellsCarryNumberFormattedTextAndPercentOrDateFlags() throws Exception {
        Path file = Fixtures.xlsx(dir, "formats.xlsx", wb -> {
            Row row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue(0.21);
            row.getCell(0).setCellStyle(style(wb, "0.0%"));
            row.createCell(1).setCellValue(DateUtil.getExcelDate(LocalDate.of(2024, 3, 15)));
            row.getCell(1).setCellStyle(style(wb, "yyyy-mm-dd"));
            row.createCell(2).setCellValue(19790.08);
            row.getCell(2).setCellStyle(style(wb, "\"$\"#,##0.00"));
            row.createCell(3).setCellValue(2208);
        });
        try (XlsxTableReader reader = XlsxTableReader.open(file)) {
            SheetRow row = rows(reader, "S").getFirst();
            assertEquals(new RawCell("21.0%", 0.21, false, true), row.cell(0));
            assertEquals(new RawCell("2024-03-15", 45366.0, true, false), row.cell(1));
            assertEquals(new RawCell("$19,790.08", 19790.08, false, false), row.cell(2));
            assertEquals(new RawCell("2208", 2208.0, false, false), row.cell(3));
        }
    }

    @Test
    void sharedAndInlineStringsBothReadAsText() throws Exception {
        Path shared = Fixtures.xlsx(dir, "shared.xlsx", wb -> wb.createSheet("S").createRow(0).createCell(0)
                .setCellValue("Elastic AI Corp"));
        Path inline;
        // The streaming writer stores inline strings (<is><t>) instead of the shared table.
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("Café Zürich");
            inline = Fixtures.write(dir, "inline.xlsx", wb);
        }
        try (XlsxTableReader a = XlsxTableReader.open(shared); XlsxTableReader b = XlsxTableReader.open(inline)) {
            assertEquals(RawCell.text("Elastic AI Corp"), rows(a, "S").getFirst().cell(0));
            assertEquals(RawCell.text("Café Zürich"), rows(b, "S").getFirst().cell(0));
        }
    }

    @Test
    void formulaCellsGiveTheirCachedValuesAndBooleansAndErrorsShowAsText() throws Exception {
        Path file = Fixtures.xlsx(dir, "formulas.xlsx", wb -> {
            Row row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue(2208);
            row.createCell(1).setCellFormula("A1*30");
            row.createCell(2).setCellFormula("UPPER(\"low\")");
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
            row.createCell(5).setCellFormula("A1>1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        try (XlsxTableReader reader = XlsxTableReader.open(file)) {
            SheetRow row = rows(reader, "S").getFirst();
            assertEquals(66240.0, row.cell(1).number());
            assertEquals("66240", row.cell(1).text());
            assertEquals(RawCell.text("LOW"), row.cell(2));
            assertEquals(RawCell.text("TRUE"), row.cell(3));
            assertEquals(RawCell.text("#N/A"), row.cell(4));
            assertEquals(RawCell.text("TRUE"), row.cell(5));
        }
    }

    @Test
    void sheetNamesComeInWorkbookOrderAndEachSheetReadsSeparately() throws Exception {
        Path file = Fixtures.xlsx(dir, "sheets.xlsx", wb -> {
            for (String name : List.of("Dashboard", "Customers", "Notes")) {
                wb.createSheet(name).createRow(0).createCell(0).setCellValue(name + " A1");
            }
        });
        try (XlsxTableReader reader = XlsxTableReader.open(file)) {
            assertEquals(List.of("Dashboard", "Customers", "Notes"), reader.sheetNames());
            assertEquals("Customers A1", rows(reader, "Customers").getFirst().cell(0).text());
            assertEquals("Notes A1", rows(reader, "Notes").getFirst().cell(0).text());
            assertEquals("xlsx", reader.fileType());
            assertEquals("sheets.xlsx", reader.fileName());
            assertEquals('.', reader.decimalSeparator());
            assertThrows(IllegalArgumentException.class, () -> reader.read("Missing", r -> true));
        }
    }

    @Test
    void visitorReturningFalseStopsTheReadEarly() throws Exception {
        Path file = Fixtures.xlsx(dir, "many.xlsx", wb -> {
            Sheet sheet = wb.createSheet("S");
            for (int i = 0; i < 50; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i);
            }
        });
        try (XlsxTableReader reader = XlsxTableReader.open(file)) {
            List<SheetRow> seen = new ArrayList<>();
            reader.read("S", row -> seen.add(row) && seen.size() < 3);
            assertEquals(List.of(1, 2, 3), rowNumbers(seen));
        }
    }

    @Test
    void aVisitorsOwnFailureIsNotMistakenForADamagedFile() throws Exception {
        Path file = Fixtures.xlsx(dir, "one.xlsx", wb -> wb.createSheet("S").createRow(0).createCell(0).setCellValue(1));
        try (XlsxTableReader reader = XlsxTableReader.open(file)) {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> reader.read("S", row -> {
                throw new IllegalStateException("caller bug");
            }));
            assertEquals("caller bug", thrown.getMessage());
        }
    }

    @Test
    void blankCellsWithoutValueAreBlankNotZero() throws Exception {
        Path file = Fixtures.xlsx(dir, "blank.xlsx", wb -> wb.createSheet("S").createRow(0).createCell(0).setBlank());
        try (XlsxTableReader reader = XlsxTableReader.open(file)) {
            RawCell cell = rows(reader, "S").getFirst().cell(0);
            assertNull(cell.number());
            assertFalse(cell.dateFormatted());
            assertTrue(cell.isBlank());
        }
    }

    @Test
    void datesInA1904WorkbookAreShiftedToThe1900System() throws Exception {
        Path plain = Fixtures.xlsx(dir, "plain.xlsx", wb -> {
            Row row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue(45366 - 1462); // 2024-03-15 counted from 1904
            row.getCell(0).setCellStyle(style(wb, "yyyy-mm-dd"));
            row.createCell(1).setCellValue(7);
        });
        Path mac = Fixtures.rewriteZip(plain, dir.resolve("mac.xlsx"), "xl/workbook.xml",
                xml -> xml.replace("date1904=\"false\"", "date1904=\"true\""));
        try (XlsxTableReader reader = XlsxTableReader.open(mac)) {
            SheetRow row = rows(reader, "S").getFirst();
            assertEquals(new RawCell("2024-03-15", 45366.0, true, false), row.cell(0));
            assertEquals(7.0, row.cell(1).number(), "numbers that are not dates stay as stored");
        }
    }

    private static CellStyle style(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }
}
