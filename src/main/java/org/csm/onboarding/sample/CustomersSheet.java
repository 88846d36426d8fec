package org.csm.onboarding.sample;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.csm.onboarding.model.Field;

/// The `Customers` sheet: snake_case headers in the export's order, numbers stored as numbers
/// (percentages in percent units, as the export has them) and signup dates as real dates.
final class CustomersSheet {

    static final String NAME = "Customers";

    /// The export's 21 columns, in its order (the Field enum lists them in that order).
    static final List<Field> COLUMNS = Arrays.stream(Field.values()).filter(Field::inServerlessExport).toList();

    private final Sheet sheet;
    private final CellStyles styles;
    private int nextRow;

    CustomersSheet(Sheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        Row header = sheet.createRow(nextRow++);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(COLUMNS.get(c).key());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, Math.max(12, COLUMNS.get(c).key().length() + 3) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    void append(CustomerRow customer) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Field field = COLUMNS.get(c);
            Cell cell = row.createCell(c);
            switch (customer.value(field)) {
                case String text -> cell.setCellValue(text);
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(styles.number("yyyy-mm-dd"));
                }
                case Number number -> {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.number(format(field)));
                }
                default -> throw new IllegalStateException("Unexpected value type in " + field);
            }
        }
    }

    /// Display format per numeric column; the stored value is never rounded by it.
    private static String format(Field field) {
        return switch (field) {
            case MONTHLY_SPEND, CONTRACT_VALUE_ANNUAL -> "\"$\"#,##0.00";
            case AVG_EXECUTION_TIME_SEC, COLD_START_PCT, INVOCATION_VELOCITY_CHANGE_PCT -> "0.0";
            case ERROR_RATE_PCT -> "0.00";
            case DAYS_SINCE_LAST_INVOCATION, HEALTH_SCORE -> "0";
            default -> "#,##0";
        };
    }
}
