package org.csm.onboarding.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.csm.onboarding.engine.ask.Unit;

/// Writes tables the CSM exports (the dashboard's accounts, the explanations, an action plan)
/// to .csv or .xlsx, safe against formula injection. In CSV a text cell a spreadsheet would run
/// as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe
/// unless it is a plain number such as "-12.5"; in .xlsx every text is a string cell marked
/// "quote prefix", which Excel never evaluates, so the text stays as written. Numbers are
/// numeric cells, with their unit as a number format ([Num]); dates are date cells.
public final class TableExport {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private TableExport() {
    }

    /// A named table: one header row and the data rows; cells are Strings, Numbers, [Num],
    /// LocalDates or null.
    public record Table(String name, List<String> headers, List<List<Object>> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /// A number as the screen shows it with its spreadsheet format: a numeric cell that reads
    /// the same. A percent (13.45 with "#,##0.00%") is stored as the fraction 0.1345, as
    /// spreadsheets expect; CSV keeps 13.45.
    public record Num(double value, String format) {
        double cellValue() {
            // Spreadsheets count days from 1899-12-30; a date Num holds epoch days.
            return format.endsWith("%") ? value / 100 : format.equals(DATE_FORMAT) ? value + 25_569 : value;
        }
    }

    private static final String DATE_FORMAT = "yyyy-mm-dd";

    /// The value with the unit's format: grouped thousands, two decimals unless whole, the unit
    /// as a suffix or prefix.
    public static Num number(double value, Unit unit) {
        boolean whole = Math.abs(value - Math.rint(value)) < 1e-9;
        String digits = whole ? "#,##0" : "#,##0.00";
        String format = switch (unit) {
            case MONEY -> "\"$\"" + digits;
            case PERCENT -> digits + "%";
            case DAYS -> digits + "\" days\"";
            case MILLISECONDS -> digits + "\" ms\"";
            case SECONDS -> digits + "\" s\"";
            case POINTS, NONE -> digits;
            case DATE -> DATE_FORMAT;
        };
        return new Num(value, format);
    }

    /// Neutralises text a spreadsheet would evaluate (the CSV rule).
    public static String safeText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /// Writes `.xlsx` when the name ends so, CSV (UTF-8, comma, quoted as needed) otherwise.
    public static void write(Path target, List<Table> tables) throws IOException {
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            writeXlsx(target, tables);
        } else {
            writeCsv(target, tables);
        }
    }

    private static void writeCsv(Path target, List<Table> tables) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            boolean first = true;
            for (Table t : tables) {
                if (!first) {
                    out.write("\r\n");
                }
                first = false;
                csvLine(out, List.copyOf(t.headers()));
                for (List<Object> row : t.rows()) {
                    csvLine(out, row);
                }
            }
        }
    }

    private static void csvLine(Writer out, List<?> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String text = csvText(cells.get(i));
            boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
            line.append(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
        }
        out.write(line.append("\r\n").toString());
    }

    private static String csvText(Object cell) {
        return switch (cell) {
            case null -> "";
            case Num n when n.format().equals(DATE_FORMAT) -> LocalDate.ofEpochDay((long) n.value()).toString();
            case Num n -> plain(n.value());
            case Number n -> n.toString();
            case LocalDate d -> d.toString();
            default -> safeText(cell.toString());
        };
    }

    private static String plain(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "";
    }

    private static void writeXlsx(Path target, List<Table> tables) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(target)) {
            Styles styles = new Styles(workbook);
            for (Table t : tables) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(t.name()));
                Row header = sheet.createRow(0);
                for (int i = 0; i < t.headers().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(t.headers().get(i));
                    cell.setCellStyle(styles.header);
                    sheet.setColumnWidth(i, Math.min(60, Math.max(12, t.headers().get(i).length() + 4)) * 256);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> row : t.rows()) {
                    fill(sheet.createRow(r++), row, styles);
                }
            }
            workbook.write(out);
        }
    }

    private static void fill(Row row, List<?> cells, Styles styles) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (value) {
                case Num n when Double.isFinite(n.value()) -> {
                    cell.setCellValue(n.cellValue());
                    cell.setCellStyle(styles.number(n.format()));
                }
                case Num n -> { }
                case Number n -> cell.setCellValue(n.doubleValue());
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(styles.date);
                }
                default -> {
                    // A string cell is never a formula; the quote prefix keeps Excel from
                    // turning "=..." into one when the cell is edited.
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(styles.text);
                }
            }
        }
    }

    /// One style per number format: a workbook holds at most 64,000 styles, not one per cell.
    private static final class Styles {
        private final SXSSFWorkbook workbook;
        private final Map<String, CellStyle> numbers = new HashMap<>();
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            date = number(DATE_FORMAT);
        }

        CellStyle number(String format) {
            return numbers.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
        }
    }
}
