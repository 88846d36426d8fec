package org.csm.onboarding.engine.template;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csm.onboarding.model.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardTemplateTest {

    @TempDir
    Path dir;

    private XSSFWorkbook written() throws IOException {
        Path file = dir.resolve(StandardTemplate.FILE_NAME);
        StandardTemplate.write(file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void headersAreTheFieldsTemplateHeadersInEnumOrder() {
        List<String> expected = Arrays.stream(Field.values()).map(Field::templateHeader).toList();
        assertEquals(expected, StandardTemplate.headers());
        assertEquals("External Account ID", StandardTemplate.headers().getFirst());
    }

    @Test
    void accountsSheetHasTheHeaderRowAndOneExampleRow() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet sheet = wb.getSheet(StandardTemplate.ACCOUNTS_SHEET);
            assertEquals(StandardTemplate.headers(), texts(sheet.getRow(0)));
            assertEquals(2, sheet.getPhysicalNumberOfRows());
            Row example = sheet.getRow(1);
            assertAll(
                    () -> assertEquals(StandardTemplate.EXAMPLE_ID, example.getCell(0).getStringCellValue()),
                    () -> assertTrue(example.getCell(1).getStringCellValue().contains("Example")),
                    () -> assertTrue(DateUtil.isCellDateFormatted(example.getCell(Field.SIGNUP_DATE.ordinal()))),
                    () -> assertEquals(1.25, example.getCell(Field.ERROR_RATE_PCT.ordinal()).getNumericCellValue()),
                    () -> assertEquals("Low", example.getCell(Field.CHURN_RISK.ordinal()).getStringCellValue()));
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
        }
    }

    @Test
    void everyHeaderCellExplainsItsValue() throws IOException {
        try (XSSFWorkbook wb = written()) {
            Row header = wb.getSheet(StandardTemplate.ACCOUNTS_SHEET).getRow(0);
            for (Cell cell : header) {
                assertNotNull(cell.getCellComment(), cell.getStringCellValue());
            }
            String errorRate = header.getCell(Field.ERROR_RATE_PCT.ordinal()).getCellComment().getString().getString();
            assertTrue(errorRate.contains("percent"), errorRate);
            String id = header.getCell(0).getCellComment().getString().getString();
            assertTrue(id.startsWith("Required"), id);
        }
    }

    @Test
    void labelColumnsOfferHighMediumLow() throws IOException {
        try (XSSFWorkbook wb = written()) {
            var validations = wb.getSheet(StandardTemplate.ACCOUNTS_SHEET).getDataValidations();
            assertEquals(2, validations.size());
            for (var v : validations) {
                assertEquals(List.of("High", "Medium", "Low"), List.of(v.getValidationConstraint().getExplicitListValues()));
            }
        }
    }

    @Test
    void instructionsSheetExplainsEveryColumn() throws IOException {
        try (XSSFWorkbook wb = written()) {
            Sheet sheet = wb.getSheet(StandardTemplate.INSTRUCTIONS_SHEET);
            List<String> firstColumn = new ArrayList<>();
            for (Row row : sheet) {
                firstColumn.add(row.getCell(0).getStringCellValue());
            }
            assertTrue(firstColumn.containsAll(StandardTemplate.headers()));
            String all = String.join("\n", firstColumn);
            assertTrue(all.contains("1.25 means 1.25 %"), "percent units explained");
            assertTrue(all.contains("High, Medium or Low"), "labels explained");
            assertTrue(all.contains("date cells"), "dates explained");
        }
    }

    @Test
    void twoRunsGiveIdenticalFiles() throws IOException {
        StandardTemplate.write(dir.resolve("a.xlsx"));
        StandardTemplate.write(dir.resolve("b.xlsx"));
        assertEquals(-1, Files.mismatch(dir.resolve("a.xlsx"), dir.resolve("b.xlsx")));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }
}
