package org.csm.onboarding.engine.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReadersTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookIsReadAsXlsxWhateverItsName() throws Exception {
        Path file = Fixtures.xlsx(dir, "customers.csv", wb -> wb.createSheet("Customers").createRow(0).createCell(0)
                .setCellValue("customer_id"));
        try (TableReader reader = TableReaders.open(file)) {
            assertInstanceOf(XlsxTableReader.class, reader);
            assertEquals("customer_id", Fixtures.rows(reader, "Customers").getFirst().cell(0).text());
        }
    }

    @Test
    void textIsReadAsCsvWhateverItsName() throws Exception {
        Path file = Fixtures.bytes(dir, "customers.xlsx", "customer_id;name\nA;B\n".getBytes(StandardCharsets.UTF_8));
        try (TableReader reader = TableReaders.open(file)) {
            assertInstanceOf(CsvTableReader.class, reader);
            assertEquals("csv", reader.fileType());
        }
    }

    @Test
    void csvStartingWithTheBitmapMagicBytesIsStillCsv() throws Exception {
        Path file = Fixtures.bytes(dir, "cars.csv", "BMW Group,Munich\nAudi,Ingolstadt\n".getBytes(StandardCharsets.UTF_8));
        try (TableReader reader = TableReaders.open(file)) {
            assertInstanceOf(CsvTableReader.class, reader);
        }
    }

    @Test
    void legacyXlsIsRefusedWithHowToConvertIt() throws Exception {
        Path file;
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Customers").createRow(0).createCell(0).setCellValue("customer_id");
            file = Fixtures.write(dir, "customers.xls", wb);
        }
        assertRefused(file, "customers.xls is an Excel 97-2003 workbook (.xls). Open it in Excel and save it as .xlsx"
                + " or .csv, then try again.");
    }

    @Test
    void passwordProtectedXlsxIsRefusedWithHowToRemoveThePassword() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Customers").createRow(0).createCell(0).setCellValue("customer_id");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(file, "secret.xlsx is password-protected. Remove the password in Excel (File > Info > Protect"
                + " Workbook) and try again.");
    }

    @Test
    void wordDocumentZipIsRefusedSayingWhatItIs() throws Exception {
        Path file = Fixtures.zip(dir, "customers.xlsx", "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
        assertRefused(file, "customers.xlsx is a Word document, not a spreadsheet. Export the customer data as an Excel"
                + " workbook (.xlsx) or a CSV file and try again.");
    }

    @Test
    void plainZipIsRefusedAsAnArchive() throws Exception {
        Path file = Fixtures.zip(dir, "export.zip", "customers.csv", "id\nA\n");
        assertRefused(file, "export.zip is a ZIP archive, not a spreadsheet. Export the customer data as an Excel"
                + " workbook (.xlsx) or a CSV file and try again.");
    }

    @Test
    void pdfIsRefused() throws Exception {
        Path file = Fixtures.bytes(dir, "report.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(file, "report.xlsx is a PDF document, not a spreadsheet. Export the customer data as an Excel"
                + " workbook (.xlsx) or a CSV file and try again.");
    }

    @Test
    void pngImageIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertTrue(refusal(Fixtures.bytes(dir, "chart.csv", png)).startsWith("chart.csv is an image (PNG), not a spreadsheet."));
    }

    @Test
    void binaryDataWithoutKnownMagicIsRefused() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 0x01;
        assertTrue(refusal(Fixtures.bytes(dir, "data.csv", noise))
                .startsWith("data.csv is not a spreadsheet or a text file that can be read as CSV."));
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertRefused(Fixtures.bytes(dir, "empty.csv", new byte[0]),
                "empty.csv is empty. Choose the file that holds the customer data.");
    }

    @Test
    void truncatedXlsxIsRefusedAsDamaged() throws Exception {
        Path whole = Fixtures.xlsx(dir, "whole.xlsx", wb -> {
            for (int i = 0; i < 200; i++) {
                wb.createSheet("S" + i).createRow(0).createCell(0).setCellValue("row " + i);
            }
        });
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Fixtures.bytes(dir, "cut.xlsx", Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertTrue(refusal(cut).startsWith("cut.xlsx is damaged or not a complete Excel file."));
    }

    @Test
    void excel2003XmlSpreadsheetIsRefusedWithHowToConvertIt() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>";
        assertRefused(Fixtures.bytes(dir, "old.xls", xml.getBytes(StandardCharsets.UTF_8)),
                "old.xls is an Excel 2003 XML spreadsheet. Open it in Excel and save it as .xlsx or .csv, then try again.");
    }

    private void assertRefused(Path file, String message) {
        assertEquals(message, refusal(file));
    }

    private static String refusal(Path file) {
        FileRefusedException refused = assertThrows(FileRefusedException.class, () -> {
            try (TableReader reader = TableReaders.open(file)) {
                reader.sheetNames();
            }
        });
        assertEquals(file.getFileName().toString(), refused.fileName());
        return refused.getMessage();
    }
}
