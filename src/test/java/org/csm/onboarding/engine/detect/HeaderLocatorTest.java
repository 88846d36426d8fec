package org.csm.onboarding.engine.detect;

import org.csm.onboarding.engine.mapping.ColumnMatcher;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.read.TableReaders;
import org.csm.onboarding.testdata.CustomerFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderLocatorTest {

    @TempDir
    Path dir;

    private Optional<SheetLayout> locate(Path file) throws Exception {
        try (TableReader reader = TableReaders.open(file)) {
            return HeaderLocator.locate(reader, ColumnMatcher::recognisedHeaders);
        }
    }

    @Test
    void headerOnRowOne() throws Exception {
        Path file = CustomerFile.serverless().account("SRVL-1").writeXlsx(dir, "plain.xlsx");
        SheetLayout layout = locate(file).orElseThrow();
        assertEquals("Customers", layout.sheet());
        assertEquals(1, layout.headerRow());
        assertEquals(CustomerFile.SERVERLESS_HEADERS, layout.headers());
        assertEquals(3, layout.columnOf("contract_value_annual") - 1);
    }

    @Test
    void headerBelowTitleRowsIsFoundOnRowFour() throws Exception {
        CustomerFile f = CustomerFile.serverless()
                .titleRows("Serverless platform - customer export", "Generated 2024-03-15 by Billing", "Confidential")
                .account("SRVL-1").account("SRVL-2");
        assertEquals(4, f.headerRow());
        SheetLayout layout = locate(f.writeXlsx(dir, "titled.xlsx")).orElseThrow();
        assertEquals(4, layout.headerRow());
        assertEquals("customer_id", layout.headers().getFirst());
    }

    @Test
    void headerBelowTitleAndBlankRows() throws Exception {
        CustomerFile f = CustomerFile.serverless().titleRows("Customer export").blankRowsAboveHeader(3).account("SRVL-1");
        SheetLayout layout = locate(f.writeXlsx(dir, "blank-above.xlsx")).orElseThrow();
        assertEquals(5, layout.headerRow());
        assertEquals(21, layout.headers().size());
    }

    @Test
    void customersSheetIsFoundByItsHeaderWhateverItsNameOrPosition() throws Exception {
        Path file = CustomerFile.serverless().sheetsBefore("Dashboard", "Notes").sheetName("Export")
                .titleRows("Export of 2024-03-01").account("SRVL-1").writeXlsx(dir, "third-sheet.xlsx");
        SheetLayout layout = locate(file).orElseThrow();
        assertEquals("Export", layout.sheet());
        assertEquals(2, layout.headerRow());
    }

    @Test
    void titleCaseHeadersInACsvAreFound() throws Exception {
        Path file = CustomerFile.withHeaders("Customer ID", "Company Name", "Monthly Spend ($)")
                .titleRows("Accounts").row("A-1", "Acme", "12") .writeCsv(dir, "title.csv", ',', StandardCharsets.UTF_8);
        SheetLayout layout = locate(file).orElseThrow();
        assertEquals(2, layout.headerRow());
        assertEquals("Customer ID", layout.headers().getFirst());
    }

    @Test
    void trailingBlankHeaderCellsAreDroppedButInnerBlanksKeepPositions() throws Exception {
        Path file = CustomerFile.withHeaders("customer_id", "", "company_name", "", "")
                .row("A-1", "x", "Acme").writeXlsx(dir, "gaps.xlsx");
        SheetLayout layout = locate(file).orElseThrow();
        assertEquals(java.util.List.of("customer_id", "", "company_name"), layout.headers());
        assertEquals(2, layout.columnOf("company_name"));
    }

    @Test
    void aWorkbookWithoutCustomerColumnsHasNoLayout() throws Exception {
        Path file = CustomerFile.withHeaders("foo", "bar").row("1", "2").writeXlsx(dir, "foo.xlsx");
        assertTrue(locate(file).isEmpty());
    }
}
