package org.csm.onboarding.engine.read;

import static org.csm.onboarding.engine.read.Fixtures.rowNumbers;
import static org.csm.onboarding.engine.read.Fixtures.rows;
import static org.csm.onboarding.engine.read.Fixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTableReaderTest {

    private static final String ACCENTED = "customer_id,company_name\nSRVL-1,Café Zürich\n";

    @TempDir
    Path dir;

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8 without BOM", new byte[0], StandardCharsets.UTF_8, StandardCharsets.UTF_8),
                Arguments.of("UTF-8 with BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        StandardCharsets.UTF_8, StandardCharsets.UTF_8),
                Arguments.of("UTF-16LE with BOM", new byte[] {(byte) 0xFF, (byte) 0xFE},
                        StandardCharsets.UTF_16LE, StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE with BOM", new byte[] {(byte) 0xFE, (byte) 0xFF},
                        StandardCharsets.UTF_16BE, StandardCharsets.UTF_16BE),
                Arguments.of("windows-1252 (Excel on Windows)", new byte[0],
                        TextEncoding.WINDOWS_1252, TextEncoding.WINDOWS_1252));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void charsetIsDetectedFromTheBytes(String label, byte[] bom, Charset written, Charset expected) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write(ACCENTED.getBytes(written));
        Path file = Fixtures.bytes(dir, "accents.csv", bytes.toByteArray());
        try (CsvTableReader reader = CsvTableReader.open(file)) {
            assertEquals(expected, reader.charset());
            List<SheetRow> rows = rows(reader, "accents.csv");
            assertEquals(List.of("customer_id", "company_name"), texts(rows.get(0)), "BOM must not leak into the header");
            assertEquals(List.of("SRVL-1", "Café Zürich"), texts(rows.get(1)));
        }
    }

    @ParameterizedTest(name = "delimiter [{0}]")
    @CsvSource(delimiter = '|', value = {
        "',' | 'id,name,spend\nSRVL-1,\"Elastic AI, Corp\",\"$19,790.08\"\n'",
        "';' | 'id;name;spend\nSRVL-1;Elastic AI, Corp;19790,08\n'",
        "'\t' | 'id\tname\tspend\nSRVL-1\tElastic AI, Corp\t19790.08\n'"})
    void delimiterIsDetectedFromConsistentCountsOutsideQuotes(char delimiter, String content) throws Exception {
        Path file = Fixtures.bytes(dir, "d.csv", content.getBytes(StandardCharsets.UTF_8));
        try (CsvTableReader reader = CsvTableReader.open(file)) {
            assertEquals(delimiter, reader.delimiter());
            List<SheetRow> rows = rows(reader, "d.csv");
            assertEquals(List.of("id", "name", "spend"), texts(rows.get(0)));
            assertEquals("Elastic AI, Corp", rows.get(1).cell(1).text());
        }
    }

    @Test
    void aQuotedFieldWithANewlineIsOneRecordAndLaterRowsKeepRecordNumbers() throws Exception {
        String content = "id,notes\nSRVL-1,\"first line\nsecond line\"\nSRVL-2,plain\n";
        Path file = Fixtures.bytes(dir, "notes.csv", content.getBytes(StandardCharsets.UTF_8));
        try (CsvTableReader reader = CsvTableReader.open(file)) {
            List<SheetRow> rows = rows(reader, "notes.csv");
            assertEquals(List.of(1, 2, 3), rowNumbers(rows));
            assertEquals("first line\nsecond line", rows.get(1).cell(1).text());
            assertEquals("SRVL-2", rows.get(2).cell(0).text());
        }
    }

    @Test
    void blankLinesAreReportedAsBlankRowsWithTheirRecordNumbers() throws Exception {
        String content = "Customer health export\n\nid,name\r\nSRVL-1,A\r\n\r\nSRVL-2,B\r\n";
        Path file = Fixtures.bytes(dir, "blank.csv", content.getBytes(StandardCharsets.UTF_8));
        try (CsvTableReader reader = CsvTableReader.open(file)) {
            List<SheetRow> rows = rows(reader, "blank.csv");
            assertEquals(List.of(1, 2, 3, 4, 5, 6), rowNumbers(rows));
            assertTrue(rows.get(1).isBlank());
            assertTrue(rows.get(4).isBlank());
            assertEquals("SRVL-2", rows.get(5).cell(0).text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "decimal commas in a ';' file              | ',' | 'id;spend;cold\nA;1234,56;21,0%\nB;229,00;9,5%\n'",
        "thousands dots and decimal commas         | ',' | 'id;spend\nA;1.234,56\nB;19.790,08\n'",
        "decimal points in a ';' file              | '.' | 'id;spend;cold\nA;1234.56;21.5\nB;229.10;9.5\n'",
        "decimal commas in a tab file              | ',' | 'id\tspend\nA\t1234,5\nB\t12,25\n'",
        "only ambiguous numbers                    | '.' | 'id;spend\nA;1,234\nB;2.345\n'",
        "a ',' file always uses decimal points     | '.' | 'id,spend\nA,\"1234,56\"\nB,\"12,5\"\n'"})
    void decimalSeparatorFollowsWhatMostNumbersUse(String label, char expected, String content) throws Exception {
        Path file = Fixtures.bytes(dir, "n.csv", content.getBytes(StandardCharsets.UTF_8));
        try (CsvTableReader reader = CsvTableReader.open(file)) {
            assertEquals(expected, reader.decimalSeparator());
        }
    }

    @Test
    void excelsSepLineSetsTheDelimiterAndIsNotARow() throws Exception {
        Path file = Fixtures.bytes(dir, "sep.csv", "sep=;\nid;name\nA;B\n".getBytes(StandardCharsets.UTF_8));
        try (CsvTableReader reader = CsvTableReader.open(file)) {
            assertEquals(';', reader.delimiter());
            List<SheetRow> rows = rows(reader, "sep.csv");
            assertEquals(List.of(1, 2), rowNumbers(rows));
            assertEquals(List.of("id", "name"), texts(rows.get(0)));
        }
    }

    @Test
    void theOnlySheetIsNamedAfterTheFile() throws Exception {
        Path file = Fixtures.bytes(dir, "customers.csv", "id\nA\n".getBytes(StandardCharsets.UTF_8));
        try (CsvTableReader reader = CsvTableReader.open(file)) {
            assertEquals(List.of("customers.csv"), reader.sheetNames());
            assertEquals("csv", reader.fileType());
            assertEquals(List.of("id"), texts(rows(reader, "customers.csv").getFirst()));
            assertThrows(IllegalArgumentException.class, () -> reader.read("Sheet1", r -> true));
        }
    }

    @Test
    void visitorReturningFalseStopsTheRead() throws Exception {
        Path file = Fixtures.bytes(dir, "stop.csv", "a\nb\nc\nd\n".getBytes(StandardCharsets.UTF_8));
        try (CsvTableReader reader = CsvTableReader.open(file)) {
            List<SheetRow> seen = new ArrayList<>();
            reader.read("stop.csv", row -> seen.add(row) && seen.size() < 2);
            assertEquals(List.of(1, 2), rowNumbers(seen));
        }
    }

    @Test
    void aQuoteThatNeverClosesIsRefusedWithTheRowItStartedAfter() throws Exception {
        Path file = Fixtures.bytes(dir, "broken.csv", "id,name\nA,\"Elastic\nB,C\n".getBytes(StandardCharsets.UTF_8));
        try (CsvTableReader reader = CsvTableReader.open(file)) {
            FileRefusedException refused = assertThrows(FileRefusedException.class, () -> rows(reader, "broken.csv"));
            assertEquals("broken.csv could not be read as CSV: the text from row 2 on is not valid CSV (often a quote"
                    + " mark \" that is never closed). Open it in Excel, check it, save it as .xlsx or .csv, and try"
                    + " again.", refused.getMessage());
        }
    }
}
