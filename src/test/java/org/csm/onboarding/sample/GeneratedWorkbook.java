package org.csm.onboarding.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/// A generated workbook read back for assertions. It is opened from a stream: opening an
/// XSSFWorkbook on a File would write the file back on close.
final class GeneratedWorkbook implements AutoCloseable {

    final XSSFWorkbook workbook;
    final Sheet customers;
    final List<String> headers = new ArrayList<>();

    GeneratedWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        customers = workbook.getSheet("Customers");
        for (Cell c : customers.getRow(0)) {
            headers.add(c.getStringCellValue());
        }
    }

    static GeneratedWorkbook generate(Path dir, String name, int accounts) throws IOException {
        Path file = dir.resolve(name);
        SampleWorkbookGenerator.write(file, accounts);
        return new GeneratedWorkbook(file);
    }

    int customerCount() {
        return customers.getLastRowNum();
    }

    Cell cell(int customer, String column) {
        int c = headers.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("No column " + column);
        }
        return customers.getRow(customer + 1).getCell(c);
    }

    double number(int customer, String column) {
        Cell cell = cell(customer, column);
        if (cell.getCellType() != CellType.NUMERIC) {
            throw new AssertionError(column + " of customer " + customer + " is " + cell.getCellType() + ", not a number");
        }
        return cell.getNumericCellValue();
    }

    String text(int customer, String column) {
        return cell(customer, column).getStringCellValue();
    }

    double[] column(String column) {
        double[] values = new double[customerCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(i, column);
        }
        return values;
    }

    List<String> texts(String column) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < customerCount(); i++) {
            values.add(text(i, column));
        }
        return values;
    }

    int rowOf(String customerId) {
        for (int i = 0; i < customerCount(); i++) {
            if (customerId.equals(text(i, "customer_id"))) {
                return i;
            }
        }
        return -1;
    }

    /// Every cell rendered as text, sheet by sheet, for whole-workbook comparisons.
    List<String> allCells() {
        List<String> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + cell);
                }
            }
        }
        return cells;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
