package org.csm.onboarding.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    void xlsxIsWritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t.xlsx");
        TableExport.write(out, List.of(new TableExport.Table("A", List.of("name"), List.of(List.of("=1+1")))));
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(out.toFile())) {
            assertEquals("'=1+1", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
    }
}
