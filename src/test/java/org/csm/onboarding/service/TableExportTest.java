package org.csm.onboarding.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.csm.onboarding.engine.ask.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Exported text never runs as a formula in a spreadsheet; real numbers stay numbers.
class TableExportTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=SUM(A1)|'=SUM(A1)",
        "+cmd|'+cmd",
        "-2+3|'-2+3",
        "@import|'@import",
        "-12.5|-12.5",
        "+3|+3",
        "Elastic AI Corp|Elastic AI Corp"})
    void textThatLooksLikeAFormulaGetsAnApostrophe(String in, String out) {
        assertEquals(out, TableExport.safeText(in));
    }

    @Test
    void tabAndCarriageReturnStartsAreNeutralised() {
        assertEquals("'\tx", TableExport.safeText("\tx"));
        assertEquals("'\rx", TableExport.safeText("\rx"));
    }

    @Test
    void csvQuotesAndNeutralisesCells(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t.csv");
        TableExport.write(out, List.of(new TableExport.Table("A", List.of("name", "score"),
                List.of(List.of("=HYPERLINK(\"x\")", 52.83), List.of("Acme, Inc", -1)))));
        String csv = Files.readString(out);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\",52.83"), csv);
        assertTrue(csv.contains("\"Acme, Inc\",-1"), csv);
    }

    @Test
    void xlsxTextIsAQuotedStringCellNeverAFormula(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t.xlsx");
        TableExport.write(out, List.of(new TableExport.Table("A", List.of("name"),
                List.of(List.of("=1+1"), List.of("@SUM(A1)"), List.of("\tx")))));
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(out.toFile())) {
            for (int r = 1; r <= 3; r++) {
                var cell = wb.getSheetAt(0).getRow(r).getCell(0);
                assertEquals(CellType.STRING, cell.getCellType());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), "row " + r);
            }
            assertEquals("=1+1", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void numbersAreNumericCellsWithTheirUnitAsFormat(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("n.xlsx");
        TableExport.write(out, List.of(new TableExport.Table("N", List.of("value", "money", "date", "plain"),
                List.<List<Object>>of(java.util.Arrays.asList(TableExport.number(13.45, Unit.PERCENT),
                        TableExport.number(250000, Unit.MONEY), LocalDate.of(2026, 1, 15), 7)))));
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(out.toFile())) {
            var row = wb.getSheetAt(0).getRow(1);
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
            assertEquals(0.1345, row.getCell(0).getNumericCellValue(), 1e-12);
            assertEquals("#,##0.00%", row.getCell(0).getCellStyle().getDataFormatString());
            assertEquals("13.45%", new DataFormatter(Locale.US).formatCellValue(row.getCell(0)));
            assertEquals("$250,000", new DataFormatter(Locale.US).formatCellValue(row.getCell(1)));
            assertEquals(LocalDate.of(2026, 1, 15), row.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(7.0, row.getCell(3).getNumericCellValue());
        }
        Path csv = dir.resolve("n.csv");
        TableExport.write(csv, List.of(new TableExport.Table("N", List.of("value", "money", "date"),
                List.<List<Object>>of(List.of(TableExport.number(13.45, Unit.PERCENT), TableExport.number(250000, Unit.MONEY),
                        LocalDate.of(2026, 1, 15))))));
        assertTrue(Files.readString(csv).contains("13.45,250000,2026-01-15"), Files.readString(csv));
    }
}
