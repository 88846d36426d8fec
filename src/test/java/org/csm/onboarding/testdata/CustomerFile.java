package org.csm.onboarding.testdata;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// "A customer file with these columns and rows", written by the test itself as .xlsx (through
/// XSSFWorkbook) or .csv. Rows are built from a complete, valid serverless row (the published
/// SRVL-3007 values) with per-test overrides, so each test states only what it changes.
public final class CustomerFile {

    /// The 21 columns of the serverless export, in the seed's order.
    public static final List<String> SERVERLESS_HEADERS = List.of("customer_id", "company_name", "signup_date",
            "monthly_spend", "contract_value_annual", "customer_segment", "csm_assigned", "daily_invocations",
            "invocations_30d", "avg_execution_time_sec", "cold_start_pct", "p95_latency_ms", "error_rate_pct",
            "invocation_velocity_change_pct", "days_since_last_invocation", "health_score", "churn_risk",
            "expansion_potential", "industry", "use_case", "gpu_type_primary");

    /// Marks a row with no cells at all.
    private static final List<Object> BLANK_ROW = List.of();

    private final List<String> headers;
    /// The validRow key each column takes its value from (the header itself unless renamed).
    private final List<String> keys;
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<String> titleRows = new ArrayList<>();
    private final List<String> sheetsBefore = new ArrayList<>();
    private String sheetName = "Customers";
    private int blankRowsAboveHeader;

    private CustomerFile(List<String> headers) {
        this.headers = new ArrayList<>(headers);
        this.keys = new ArrayList<>(headers);
    }

    /// The serverless export's 21 columns, no rows yet.
    public static CustomerFile serverless() {
        return new CustomerFile(SERVERLESS_HEADERS);
    }

    /// Any header row.
    public static CustomerFile withHeaders(String... headers) {
        return new CustomerFile(List.of(headers));
    }

    public static CustomerFile withHeaders(List<String> headers) {
        return new CustomerFile(headers);
    }

    /// A complete valid row keyed by serverless column name: the published SRVL-3007 values with `id`.
    public static Map<String, Object> validRow(String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customer_id", id);
        m.put("company_name", "Company " + id);
        m.put("signup_date", LocalDate.of(2023, 5, 10));
        m.put("monthly_spend", 19790.08);
        m.put("contract_value_annual", 237480.95);
        m.put("customer_segment", "Production Service");
        m.put("csm_assigned", "Dana Reyes");
        m.put("daily_invocations", 2208.0);
        m.put("invocations_30d", 66240.0);
        m.put("avg_execution_time_sec", 290.9);
        m.put("cold_start_pct", 21.0);
        m.put("p95_latency_ms", 293412.0);
        m.put("error_rate_pct", 13.45);
        m.put("invocation_velocity_change_pct", -67.7);
        m.put("days_since_last_invocation", 29.0);
        m.put("health_score", 4.0);
        m.put("churn_risk", "High");
        m.put("expansion_potential", "Low");
        m.put("industry", "Financial Services");
        m.put("use_case", "Model Inference");
        m.put("gpu_type_primary", "L4");
        return m;
    }

    /// Writes column `key` under another header ("Company Name"); rows still fill it from `key`.
    public CustomerFile renameHeader(String key, String shown) {
        int i = keys.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("No column " + key);
        }
        headers.set(i, shown);
        return this;
    }

    /// Adds a column at the end, filled from `key` of the row values (missing keys stay empty).
    public CustomerFile addColumn(String key, String shown) {
        keys.add(key);
        headers.add(shown);
        return this;
    }

    public List<String> headers() {
        return List.copyOf(headers);
    }

    public CustomerFile sheetName(String name) {
        this.sheetName = name;
        return this;
    }

    /// Sheets (each with one unrelated cell) placed before the customer sheet.
    public CustomerFile sheetsBefore(String... names) {
        sheetsBefore.addAll(List.of(names));
        return this;
    }

    /// Title lines written in column A above the header, one row each.
    public CustomerFile titleRows(String... titles) {
        titleRows.addAll(List.of(titles));
        return this;
    }

    public CustomerFile blankRowsAboveHeader(int count) {
        this.blankRowsAboveHeader = count;
        return this;
    }

    /// A valid row for `id`, changed by (column, value) pairs; a null value leaves the cell out.
    public CustomerFile account(String id, Object... overrides) {
        Map<String, Object> values = validRow(id);
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        List<Object> row = new ArrayList<>();
        for (String k : keys) {
            row.add(values.get(k));
        }
        rows.add(row);
        return this;
    }

    /// A row given cell by cell, in header order.
    public CustomerFile row(Object... cells) {
        rows.add(new ArrayList<>(java.util.Arrays.asList(cells)));
        return this;
    }

    public CustomerFile blankRow() {
        rows.add(BLANK_ROW);
        return this;
    }

    /// The Excel row number of the header row.
    public int headerRow() {
        return titleRows.size() + blankRowsAboveHeader + 1;
    }

    /// The Excel row number of the n-th row added (0-based), blank rows counted.
    public int excelRowOf(int index) {
        return headerRow() + 1 + index;
    }

    public Path writeXlsx(Path dir, String name) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String other : sheetsBefore) {
                wb.createSheet(other).createRow(0).createCell(0).setCellValue("Summary of " + other);
            }
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 0;
            for (String title : titleRows) {
                sheet.createRow(r++).createCell(0).setCellValue(title);
            }
            r += blankRowsAboveHeader;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (List<Object> values : rows) {
                if (values == BLANK_ROW) {
                    // A row that exists in the file but holds only empty cells, as Excel leaves them.
                    Row blank = sheet.createRow(r++);
                    blank.createCell(0);
                    blank.createCell(1).setCellValue("  ");
                    continue;
                }
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (v) {
                        case Number n -> cell.setCellValue(n.doubleValue());
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        }
                        default -> cell.setCellValue(v.toString());
                    }
                }
            }
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    /// Writes a CSV with `delimiter`; values are written with toString (numbers as Java prints
    /// them unless given as text) and quoted when they contain the delimiter, a quote or a newline.
    public Path writeCsv(Path dir, String name, char delimiter, Charset charset) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String title : titleRows) {
            sb.append(quote(title, delimiter)).append("\r\n");
        }
        sb.append("\r\n".repeat(blankRowsAboveHeader));
        sb.append(line(new ArrayList<>(headers), delimiter));
        for (List<Object> values : rows) {
            sb.append(values == BLANK_ROW ? "\r\n" : line(values, delimiter));
        }
        Path file = dir.resolve(name);
        Files.write(file, sb.toString().getBytes(charset));
        return file;
    }

    private static String line(List<?> values, char delimiter) {
        List<String> cells = new ArrayList<>();
        for (Object v : values) {
            cells.add(v == null ? "" : quote(v.toString(), delimiter));
        }
        return String.join(String.valueOf(delimiter), cells) + "\r\n";
    }

    private static String quote(String s, char delimiter) {
        if (s.indexOf(delimiter) >= 0 || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
