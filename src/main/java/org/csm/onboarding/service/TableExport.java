package org.csm.onboarding.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/// Writes tables the CSM exports (the dashboard's accounts, an account's explanation) to .csv
/// or .xlsx, safe against formula injection: a text cell that a spreadsheet would run as a
/// formula (starting with = + - @, tab or carriage return) gets a leading apostrophe unless it
/// is a plain number such as "-12.5".
public final class TableExport {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private TableExport() {
    }

    /// A named table: one header row and the data rows; cells are Strings, Numbers or null.
    public record Table(String name, List<String> headers, List<List<Object>> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /// Neutralises text a spreadsheet would evaluate.
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
        if (target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
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
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell instanceof Number n ? n.toString() : safeText(cell.toString());
            boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
            line.append(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
        }
        out.write(line.append("\r\n").toString());
    }

    private static void writeXlsx(Path target, List<Table> tables) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(target)) {
            for (Table t : tables) {
                Sheet sheet = workbook.createSheet(t.name());
                fill(sheet.createRow(0), List.copyOf(t.headers()));
                int r = 1;
                for (List<Object> row : t.rows()) {
                    fill(sheet.createRow(r++), row);
                }
            }
            workbook.write(out);
        }
    }

    private static void fill(Row row, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(safeText(value.toString()));
            }
        }
    }
}
