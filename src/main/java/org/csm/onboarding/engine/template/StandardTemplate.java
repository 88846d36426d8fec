package org.csm.onboarding.engine.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csm.onboarding.model.Field;

/// The app's own standard import template: sheet `Accounts` with one column per [Field]
/// (header = [Field#templateHeader()], in enum order) and one example row, and sheet
/// `Instructions` explaining every column. Header cells carry a comment with the expected value
/// and unit; High/Medium/Low columns offer a drop-down. The file is the same on every run.
public final class StandardTemplate {

    /// The name the app suggests when the user saves the template.
    public static final String FILE_NAME = "account_import_template.xlsx";
    public static final String ACCOUNTS_SHEET = "Accounts";
    public static final String INSTRUCTIONS_SHEET = "Instructions";
    /// The example row's External Account ID; an import should skip (and mention) a row with it.
    public static final String EXAMPLE_ID = "EXAMPLE-001";

    private static final String AUTHOR = "CSM Onboarding";
    private static final Date DOCUMENT_DATE = Date.from(Instant.parse("2024-01-01T00:00:00Z"));
    /// Rows (after the header) that get the High/Medium/Low drop-down.
    private static final int VALIDATED_ROWS = 5_000;
    private static final List<String> GENERAL_NOTES = List.of(
            "How to fill in the Accounts sheet",
            "Keep the header row as it is: the app recognises the template by these headers.",
            "One row per account. Delete the example row (" + EXAMPLE_ID + ") before importing.",
            "External Account ID and Account Name are required; every other column may be left blank.",
            "Numbers as numbers: no currency signs or thousands separators typed as text.",
            "Percentages in percent units: 1.25 means 1.25 %, not 0.0125.",
            "Dates as date cells (any date format Excel shows as a date).",
            "Churn Risk and Expansion Potential take High, Medium or Low.");

    private StandardTemplate() {
    }

    /// The template's header row, in column order.
    public static List<String> headers() {
        return Arrays.stream(Field.values()).map(Field::templateHeader).toList();
    }

    /// Writes the template to `out`, replacing any file there.
    public static void write(Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            var core = wb.getProperties().getCoreProperties();
            core.setCreator(AUTHOR);
            core.setTitle("Account import template");
            core.setCreated(Optional.of(DOCUMENT_DATE));
            core.setModified(Optional.of(DOCUMENT_DATE));
            List<ColumnGuide> guides = Arrays.stream(Field.values()).map(ColumnGuide::of).toList();
            CellStyle bold = headerStyle(wb);
            writeAccounts(wb, guides, bold);
            writeInstructions(wb, guides, bold);
            // Without this POI stamps every zip entry with the current time.
            Reproducibility.runWithSourceDateEpoch(() -> wb.write(os));
        }
    }

    private static void writeAccounts(XSSFWorkbook wb, List<ColumnGuide> guides, CellStyle header) {
        Sheet sheet = wb.createSheet(ACCOUNTS_SHEET);
        CellStyle example = exampleStyle(wb, null);
        CellStyle exampleDate = exampleStyle(wb, "yyyy-mm-dd");
        CellStyle exampleMoney = exampleStyle(wb, "#,##0.00");
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row headerRow = sheet.createRow(0);
        Row exampleRow = sheet.createRow(1);
        for (int c = 0; c < guides.size(); c++) {
            ColumnGuide guide = guides.get(c);
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(guide.field().templateHeader());
            cell.setCellStyle(header);
            cell.setCellComment(comment(wb, drawing, c, guide.comment()));
            Cell value = exampleRow.createCell(c);
            switch (guide.example()) {
                case LocalDate date -> {
                    value.setCellValue(date);
                    value.setCellStyle(exampleDate);
                }
                case Number number -> {
                    value.setCellValue(number.doubleValue());
                    value.setCellStyle(number instanceof Double && guide.expected().contains("dollars")
                            ? exampleMoney : example);
                }
                default -> {
                    value.setCellValue(guide.example().toString());
                    value.setCellStyle(example);
                }
            }
            sheet.setColumnWidth(c, Math.max(14, guide.field().templateHeader().length() + 4) * 256);
            if (guide.labelled()) {
                addLabelList(sheet, c);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static Comment comment(XSSFWorkbook wb, Drawing<?> drawing, int column, String text) {
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        // A comment box 3 columns wide and 5 rows high, next to its header cell.
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 4);
        anchor.setRow1(0);
        anchor.setRow2(5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        comment.setAuthor(AUTHOR);
        return comment;
    }

    private static void addLabelList(Sheet sheet, int column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(new String[] {"High", "Medium", "Low"}),
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("High, Medium or Low", "Choose High, Medium or Low (or leave the cell blank).");
        sheet.addValidationData(validation);
    }

    private static void writeInstructions(XSSFWorkbook wb, List<ColumnGuide> guides, CellStyle bold) {
        Sheet sheet = wb.createSheet(INSTRUCTIONS_SHEET);
        int r = 0;
        for (String note : GENERAL_NOTES) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(note);
            if (r == 0) {
                row.getCell(0).setCellStyle(bold);
            }
            r++;
        }
        r++;
        Row tableHeader = sheet.createRow(r++);
        List<String> titles = List.of("Column", "Required", "Expected value and unit", "What it means", "Example");
        for (int c = 0; c < titles.size(); c++) {
            tableHeader.createCell(c).setCellValue(titles.get(c));
            tableHeader.getCell(c).setCellStyle(bold);
        }
        for (ColumnGuide guide : guides) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(guide.field().templateHeader());
            row.createCell(1).setCellValue(guide.requirement());
            row.createCell(2).setCellValue(guide.expected());
            row.createCell(3).setCellValue(guide.description());
            row.createCell(4).setCellValue(guide.example().toString());
        }
        int[] widths = {30, 10, 42, 80, 34};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        return style;
    }

    /// Grey italics, so the example row reads as an example rather than data.
    private static CellStyle exampleStyle(XSSFWorkbook wb, String format) {
        Font font = wb.createFont();
        font.setItalic(true);
        font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        if (format != null) {
            style.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        return style;
    }
}
