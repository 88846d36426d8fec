package org.csm.onboarding.engine.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/// Turns one `<c>` element's type, style and value into a [RawCell], as Excel would show it.
///
/// Number formats are looked up once per style index: a 100,000-row sheet has millions of
/// cells but only a handful of styles. Text is formatted in US English, so it always uses '.'
/// as decimal separator, matching [XlsxTableReader#decimalSeparator()], whatever the
/// machine's locale is.
///
/// Workbooks from old Mac Excel count dates from 1904. Their date-formatted numbers are shifted
/// to the 1900 system here, so [RawCell#number()] of a date means the same in every file and
/// [CellValues#parseDate(RawCell)] needs no flag.
final class XlsxCellFactory {

    /// Days between the 1900 and 1904 date systems' day zero.
    static final int DAYS_1900_TO_1904 = 1462;

    private record NumberFormat(int index, String pattern, boolean date, boolean percent) {
    }

    private static final NumberFormat GENERAL = new NumberFormat(0, "General", false, false);

    private final SharedStrings sharedStrings;
    private final StylesTable styles;
    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final Map<Integer, NumberFormat> formats = new HashMap<>();
    private final boolean date1904;

    /// `styles` may be null: a workbook without a styles part shows every number as General.
    XlsxCellFactory(SharedStrings sharedStrings, StylesTable styles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /// `type` is the `t` attribute (null for numbers), `value` the `<v>` or inline text, null when absent.
    RawCell cell(String type, int styleIndex, String value) {
        if (value == null) {
            return RawCell.BLANK;
        }
        return switch (type == null ? "n" : type) {
            case "s" -> RawCell.text(sharedStrings.getItemAt(Integer.parseInt(value.trim())).getString());
            case "b" -> RawCell.text("1".equals(value.trim()) ? "TRUE" : "FALSE");
            case "d" -> isoDate(value, styleIndex);
            case "n" -> value.isBlank() ? RawCell.BLANK : number(Double.parseDouble(value.trim()), styleIndex);
            // "inlineStr", "str" (a formula's cached text) and "e" (errors such as #N/A) show their text as is.
            default -> RawCell.text(value);
        };
    }

    private RawCell number(double value, int styleIndex) {
        NumberFormat format = format(styleIndex);
        String text = formatter.formatRawCellContents(value, format.index(), format.pattern(), date1904);
        double stored = date1904 && format.date() ? value + DAYS_1900_TO_1904 : value;
        return new RawCell(text, stored, format.date(), format.percent());
    }

    /// Cells of type `d` hold an ISO 8601 date; store it as the serial Excel would, so dates read one way.
    private RawCell isoDate(String value, int styleIndex) {
        String iso = value.trim();
        try {
            LocalDateTime dateTime = iso.length() <= 10 ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso);
            double serial = DateUtil.getExcelDate(dateTime);
            NumberFormat format = format(styleIndex);
            String text = format.date() ? formatter.formatRawCellContents(serial, format.index(), format.pattern()) : iso;
            return new RawCell(text, serial, true, false);
        } catch (DateTimeParseException e) {
            return RawCell.text(iso);
        }
    }

    private NumberFormat format(int styleIndex) {
        if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
            return GENERAL;
        }
        return formats.computeIfAbsent(styleIndex, this::lookUp);
    }

    private NumberFormat lookUp(int styleIndex) {
        XSSFCellStyle style = styles.getStyleAt(styleIndex);
        if (style == null) {
            return GENERAL;
        }
        int index = style.getDataFormat();
        String pattern = style.getDataFormatString();
        if (pattern == null) {
            pattern = BuiltinFormats.getBuiltinFormat(index);
        }
        if (pattern == null) {
            return GENERAL;
        }
        return new NumberFormat(index, pattern, DateUtil.isADateFormat(index, pattern), pattern.contains("%"));
    }
}
