package org.csm.onboarding.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/// Writes the sample customer export `serverless_model_cs_platform.xlsx`: a `Dashboard` sheet
/// of 18 summary rows and a `Customers` sheet with the export's 21 columns.
///
/// With 35 accounts the file matches every statistic data-facts.md publishes (min, quartiles,
/// median, max and mean of each numeric column) and holds the published row SRVL-3007 Elastic
/// AI Corp. Any other size draws from the same distributions, keeps SRVL-3007 and unique ids,
/// and streams (SXSSF), so 100,000 accounts fit in a 512 MB heap.
///
/// The output is deterministic: fixed seeds (`java.util.Random`, whose algorithm is specified),
/// no clock, fixed document dates and zip times, and sheets flushed in a fixed order, so two
/// runs give identical bytes.
public final class SampleWorkbookGenerator {

    /// The file name the real export has; the app ships the sample under it.
    public static final String FILE_NAME = "serverless_model_cs_platform.xlsx";
    /// The number of accounts in the published export.
    public static final int PUBLISHED_ACCOUNTS = QuantileFit.SAMPLE_SIZE;

    /// Rows SXSSF keeps in memory before flushing to its (compressed) temp file.
    private static final int ROW_WINDOW = 100;
    /// Up to this size strings go to a shared-strings table as Excel writes them; beyond it they
    /// are written inline so memory stays flat (readers must handle both).
    private static final int SHARED_STRINGS_LIMIT = 10_000;
    /// Document creation and modification date: a constant, so the file never changes by itself.
    private static final Date DOCUMENT_DATE = Date.from(Instant.parse("2024-01-01T00:00:00Z"));

    private SampleWorkbookGenerator() {
    }

    /// Writes a sample with `accounts` customer rows (35 for the published shape) to `out`,
    /// replacing any file there.
    public static void write(Path out, int accounts) throws IOException {
        if (accounts < 1) {
            throw new IllegalArgumentException("A sample needs at least one account, not " + accounts);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, ROW_WINDOW, true, accounts <= SHARED_STRINGS_LIMIT);
             OutputStream os = Files.newOutputStream(out)) {
            fillWorkbook(wb, accounts);
            // SXSSF already stamps zip entries with a constant time; this keeps it so should a
            // POI version follow XSSF, which stamps the current time unless asked not to.
            Reproducibility.runWithSourceDateEpoch(() -> wb.write(os));
        }
    }

    private static void fillWorkbook(SXSSFWorkbook wb, int accounts) throws IOException {
        setProperties(wb.getXSSFWorkbook().getProperties());
        CellStyles styles = new CellStyles(wb);
        // Dashboard comes first in the export; SXSSF sheets stream independently, so its rows
        // can be written after the customers have been counted.
        SXSSFSheet dashboardSheet = wb.createSheet(DashboardSheet.NAME);
        SXSSFSheet customersSheet = wb.createSheet(CustomersSheet.NAME);
        CustomersSheet customers = new CustomersSheet(customersSheet, styles);
        DashboardSheet dashboard = new DashboardSheet();
        CustomerRows.forEach(accounts, row -> {
            customers.append(row);
            dashboard.add(row);
        });
        dashboard.write(dashboardSheet, styles);
        // Flush in a fixed order: left to wb.write(), SXSSF flushes sheets in identity-hash
        // order, which puts shared strings in a different order from one JVM to the next.
        wb.setShouldCalculateSheetDimensions(false);
        flush(wb, customersSheet, CustomersSheet.COLUMNS.size());
        flush(wb, dashboardSheet, 2);
    }

    /// Flushes every row of `sheet`, first recording its used range: SXSSF derives the
    /// `<dimension>` from the rows still in memory, so after a full flush it would write "A1",
    /// and readers that trust the dimension would see one cell.
    private static void flush(SXSSFWorkbook wb, SXSSFSheet sheet, int columns) throws IOException {
        wb.getXSSFWorkbook().getSheet(sheet.getSheetName())
                .setDimensionOverride(new CellRangeAddress(0, sheet.getLastRowNum(), 0, columns - 1));
        sheet.flushRows();
    }

    private static void setProperties(POIXMLProperties properties) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreator("CSM Onboarding sample generator");
        core.setTitle("Serverless model CS platform - sample customer export");
        core.setDescription("Synthetic data shaped like the published facts of the real export.");
        core.setCreated(Optional.of(DOCUMENT_DATE));
        core.setModified(Optional.of(DOCUMENT_DATE));
        core.setLastModifiedByUser("CSM Onboarding sample generator");
    }

    /// `main(output [accounts])`: regenerates the sample, 35 accounts unless told otherwise.
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: SampleWorkbookGenerator <output.xlsx> [accounts, default "
                    + PUBLISHED_ACCOUNTS + "]");
            System.exit(2);
        }
        try {
            int accounts = args.length == 2 ? Integer.parseInt(args[1].trim()) : PUBLISHED_ACCOUNTS;
            Path out = Path.of(args[0]);
            write(out, accounts);
            System.out.println("Wrote " + accounts + " accounts to " + out + " (" + Files.size(out) + " bytes)");
        } catch (NumberFormatException e) {
            System.err.println("The number of accounts must be a whole number, not \"" + args[1] + "\"");
            System.exit(2);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("Could not write the sample: " + e.getMessage());
            System.exit(1);
        }
    }
}
