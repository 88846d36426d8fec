package org.csm.onboarding.engine.read;

import static org.csm.onboarding.engine.read.MiniXlsx.account;
import static org.csm.onboarding.engine.read.MiniXlsx.customerSheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.csm.onboarding.engine.read.MiniXlsx.Raw;
import org.csm.onboarding.testdata.CustomerFile;

/// The hostile and odd files of the corpus that cannot be written by hand: workbooks built part
/// by part ([MiniXlsx]), Office containers built with POI, and bombs streamed into a ZIP. The
/// hand-written ones live in `src/test/resources/hostile/`; [HostileFilesTest] states what each
/// of them must give.
final class HostileCorpus {

    private HostileCorpus() {
    }

    static Path resource(Path dir, String name) throws IOException {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IOException("No corpus file " + name);
            }
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    static Path plainXlsx(Path dir, String name) throws IOException {
        return CustomerFile.serverless().account("SRVL-1").account("SRVL-2").account("SRVL-3").writeXlsx(dir, name);
    }

    static Path table(Path dir, String name, List<Map<String, Object>> rows) throws IOException {
        return new MiniXlsx().sheet("Customers", null, customerSheet(rows)).write(dir.resolve(name));
    }

    static Path three(Path dir, String name) throws IOException {
        return table(dir, name, List.of(account("SRVL-1"), account("SRVL-2"), account("SRVL-3")));
    }

    static Path ods(Path dir) throws IOException {
        Path file = dir.resolve("customers.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String[] part : new String[][] {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                    {"content.xml", "<office:document-content/>"}, {"META-INF/manifest.xml", "<manifest/>"}}) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /// An OLE2 container with one stream of the given name, as legacy and encrypted files are.
    static Path ole2(Path dir, String name, String stream) throws IOException {
        Path file = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), stream);
            fs.writeFilesystem(out);
        }
        return file;
    }

    /// A sheet whose XML is padded with 200 MB of spaces: it inflates about 1000-fold.
    static Path ratioBomb(Path dir) throws IOException {
        return new MiniXlsx().sheet("Customers", null, customerSheet(List.of(account("SRVL-1")))).padFirstSheet(200L << 20)
                .write(dir.resolve("ratio-bomb.xlsx"));
    }

    static Path sharedStringFlood(Path dir) throws IOException {
        return new MiniXlsx().sheet("Customers", null, customerSheet(List.of(account("SRVL-1"))))
                .floodSharedStrings("<si><t>" + "flood ".repeat(200) + "</t></si>", 100_000).write(dir.resolve("shared-string-flood.xlsx"));
    }

    static Path withCell(Path dir, String name, String sheetXmlCell) throws IOException {
        String sheet = customerSheet(List.of(account("SRVL-1"), account("SRVL-2")))
                .replace("</row></sheetData>", "</row>" + sheetXmlCell + "</sheetData>");
        return new MiniXlsx().sheet("Customers", null, sheet).write(dir.resolve(name));
    }

    static Path hiddenStaleSheet(Path dir) throws IOException {
        return new MiniXlsx()
                .sheet("Customers_2023", "hidden", customerSheet(List.of(account("OLD-1"))))
                .sheet("Customers", null, customerSheet(List.of(account("SRVL-1"), account("SRVL-2"), account("SRVL-3"))))
                .write(dir.resolve("hidden-stale-sheet.xlsx"));
    }

    static Path onlyVeryHidden(Path dir) throws IOException {
        return new MiniXlsx()
                .sheet("Notes", null, "<worksheet xmlns=\"" + MiniXlsx.MAIN_NS + "\"><sheetData>" + MiniXlsx.row(1,
                        List.of("Read me")) + "</sheetData></worksheet>")
                .sheet("Data", "veryHidden", customerSheet(List.of(account("SRVL-1"), account("SRVL-2"))))
                .write(dir.resolve("very-hidden-only.xlsx"));
    }

    static Path noSheets(Path dir) throws IOException {
        return new MiniXlsx().write(dir.resolve("no-sheets.xlsx"));
    }

    /// A title merged over the first columns above the header, frozen panes below it.
    static Path mergedTitleFrozenPanes(Path dir) throws IOException {
        String xml = "<worksheet xmlns=\"" + MiniXlsx.MAIN_NS + "\"><sheetViews><sheetView workbookViewId=\"0\"><pane"
                + " ySplit=\"2\" topLeftCell=\"A3\" state=\"frozen\"/></sheetView></sheetViews><sheetData>"
                + MiniXlsx.row(1, List.of("Usage and health")) + MiniXlsx.customerRows(List.of(account("SRVL-1"),
                account("SRVL-2")), 2) + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:U1\"/></mergeCells></worksheet>";
        return new MiniXlsx().sheet("Customers", null, xml).write(dir.resolve("merged-title-frozen-panes.xlsx"));
    }

    static Path formulas(Path dir, boolean cached) throws IOException {
        Raw spend = new Raw("", cached ? "<f>19000+790.08</f><v>19790.08</v>" : "<f>19000+790.08</f>");
        return table(dir, cached ? "formulas-cached.xlsx" : "formulas-not-calculated.xlsx",
                List.of(account("SRVL-1", "monthly_spend", spend), account("SRVL-2", "monthly_spend", spend)));
    }

    static Path date1904(Path dir) throws IOException {
        // 2023-05-10 in the 1904 system is 1462 days less than in the 1900 system.
        long serial1904 = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), LocalDate.of(2023, 5, 10));
        Raw date = new Raw("s=\"" + MiniXlsx.DATE_STYLE + "\"", "<v>" + serial1904 + "</v>");
        return new MiniXlsx().date1904().sheet("Customers", null, customerSheet(List.of(account("SRVL-1", "signup_date", date))))
                .write(dir.resolve("dates-1904.xlsx"));
    }

    static Path strict(Path dir) throws IOException {
        return new MiniXlsx().strict().sheet("Customers", null, customerSheet(List.of(account("SRVL-1"))))
                .write(dir.resolve("strict-ooxml.xlsx"));
    }

    static Path xxe(Path dir) throws IOException {
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + customerSheet(List.of(account("SRVL-1", "company_name", new Raw("t=\"inlineStr\"", "<is><t>&xxe;</t></is>"))));
        return new MiniXlsx().sheet("Customers", null, sheet).write(dir.resolve("xxe.xlsx"));
    }

    static Path billionLaughs(Path dir) throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String sst = dtd + "]><sst xmlns=\"" + MiniXlsx.MAIN_NS + "\"><si><t>&l9;</t></si></sst>";
        return new MiniXlsx().sharedStrings(sst).sheet("Customers", null, customerSheet(List.of(account("SRVL-1"))))
                .write(dir.resolve("billion-laughs.xlsx"));
    }

    static Path externalLink(Path dir) throws IOException {
        return new MiniXlsx().sheet("Customers", null, customerSheet(List.of(account("SRVL-1"), account("SRVL-2"))))
                .relationship("<Relationship Id=\"rIdX\" Type=\"" + MiniXlsx.REL_NS + "/externalLink\""
                        + " Target=\"externalLinks/externalLink1.xml\"/><Relationship Id=\"rIdY\" Type=\"" + MiniXlsx.REL_NS
                        + "/hyperlink\" Target=\"http://example.invalid/steal\" TargetMode=\"External\"/>",
                        "xl/externalLinks/externalLink1.xml", "<externalLink xmlns=\"" + MiniXlsx.MAIN_NS + "\"/>")
                .write(dir.resolve("external-link.xlsx"));
    }

    /// Header plus rows as CSV, `columns` wide: the serverless columns first, then filler.
    static Path wideCsv(Path dir, int columns) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", CustomerFile.SERVERLESS_HEADERS));
        for (int c = CustomerFile.SERVERLESS_HEADERS.size(); c < columns; c++) {
            csv.append(",extra metric ").append(c);
        }
        csv.append("\r\n");
        for (int r = 1; r <= 5; r++) {
            Map<String, Object> row = CustomerFile.validRow("SRVL-" + r);
            csv.append(String.join(",", CustomerFile.SERVERLESS_HEADERS.stream().map(h -> String.valueOf(row.get(h))).toList()));
            csv.append((",1").repeat(columns - CustomerFile.SERVERLESS_HEADERS.size())).append("\r\n");
        }
        return Files.writeString(dir.resolve("wide-" + columns + ".csv"), csv);
    }

    static Path hugeCellCsv(Path dir) throws IOException {
        String csv = Files.readString(resource(dir, "utf8-no-bom.csv"), StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve("huge-name.csv"), csv.replace("Company SRVL-2", "A".repeat(1 << 20)));
    }

    /// Renames a workbook so its extension says something else.
    static Path renamed(Path source, String name) throws IOException {
        return Files.move(source, source.resolveSibling(name));
    }
}
