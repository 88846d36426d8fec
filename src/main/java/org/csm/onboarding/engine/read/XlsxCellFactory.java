package org.csm.onboarding.engine.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

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
    /// Excel's General format shows at most 11 characters of a number before it rounds.
    private static final int GENERAL_DIGITS = 11;

    private final SharedStrings sharedStrings;
    private final StyleFormats styles;
    /// Made on the first number that needs it (a format other than General, or a General number
    /// too long to keep as written): building one costs ~50 ms of a cold start and many exports
    /// never need it. Guarded by `this`.
    private DataFormatter formatter;
    /// By style index, filled on first use (an array: looked up for every number cell).
    private final NumberFormat[] formats;
    private final boolean date1904;

    XlsxCellFactory(SharedStrings sharedStrings, StyleFormats styles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.formats = new NumberFormat[styles.size()];
    }

    /// `type` is the `t` attribute (null for numbers), `value` the `<v>` or inline text, null when absent.
    /// Never throws for bad content: a value that contradicts its type becomes text (so "12,5" in
    /// a number cell is reported as not a number, with its row and column) or an unusable cell.
    RawCell cell(String type, int styleIndex, String value) {
        if (value == null) {
            return RawCell.BLANK;
        }
        return switch (type == null ? "n" : type) {
            case "s" -> sharedString(value);
            case "b" -> RawCell.text("1".equals(value.trim()) ? "TRUE" : "FALSE");
            case "d" -> isoDate(value, styleIndex);
            case "n" -> value.isBlank() ? RawCell.BLANK : number(value.trim(), styleIndex);
            // "inlineStr", "str" (a formula's cached text) and "e" (errors such as #N/A) show their text as is.
            default -> RawCell.bounded(value);
        };
    }

    private RawCell sharedString(String value) {
        String text = null;
        try {
            text = sharedStrings.get(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            // left null: reported below
        }
        return text == null
                ? RawCell.unusable(value.length() > 40 ? value.substring(0, 40) : value,
                        "refers to shared text " + value + " that the workbook does not have (the file is damaged here)")
                : RawCell.bounded(text);
    }

    private RawCell number(String raw, int styleIndex) {
        double fast = SimpleDecimal.parse(raw);
        double value;
        try {
            value = Double.isNaN(fast) ? Double.parseDouble(raw) : fast;
        } catch (NumberFormatException e) {
            return RawCell.bounded(raw);
        }
        NumberFormat format = format(styleIndex);
        double stored = date1904 && format.date() ? value + DAYS_1900_TO_1904 : value;
        return RawCell.number(stored, format.date(), format.percent(),
                () -> format.index() == 0 ? general(raw, value) : formatted(value, format));
    }

    /// A number in the General format as text. Whole numbers keep every digit as the file holds
    /// them, so a 20-digit id stays 20 digits instead of Excel's "1.23457E+19"; short decimals
    /// are kept as written; anything else is shown the way Excel's General format shows it.
    private String general(String raw, double value) {
        if (isPlain(raw, false)) {
            return raw;
        }
        if (raw.length() <= GENERAL_DIGITS && isPlain(raw, true)) {
            return raw.indexOf('.') < 0 ? raw : stripTrailingZeros(raw);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e21) {
            // An id typed as a number: every digit the file kept, never "1.23457E+19".
            return java.math.BigDecimal.valueOf(value).toPlainString();
        }
        return formatted(value, GENERAL);
    }

    /// Digits with an optional leading minus, and one '.' when `decimal`.
    private static boolean isPlain(String raw, boolean decimal) {
        int start = raw.startsWith("-") ? 1 : 0;
        boolean point = false;
        boolean digits = false;
        for (int i = start; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '.' && decimal && !point) {
                point = true;
            } else if (c >= '0' && c <= '9') {
                digits = true;
            } else {
                return false;
            }
        }
        return digits;
    }

    private static String stripTrailingZeros(String raw) {
        int end = raw.length();
        while (raw.charAt(end - 1) == '0') {
            end--;
        }
        if (raw.charAt(end - 1) == '.') {
            end--;
        }
        return raw.substring(0, end);
    }

    private String formatted(double value, NumberFormat format) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        // A number's text is formatted when the rows' reader asks for it, which may be another
        // thread than the one reading the sheet ([RowPrefetcher]); DataFormatter is not thread-safe.
        synchronized (this) {
            return formatter().formatRawCellContents(value, format.index(), format.pattern(), date1904);
        }
    }

    private DataFormatter formatter() {
        if (formatter == null) {
            formatter = new DataFormatter(Locale.US);
        }
        return formatter;
    }

    /// Cells of type `d` hold an ISO 8601 date; store it as the serial Excel would, so dates read one way.
    private RawCell isoDate(String value, int styleIndex) {
        String iso = value.trim();
        try {
            LocalDateTime dateTime = iso.length() <= 10 ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso);
            double serial = DateUtil.getExcelDate(dateTime);
            NumberFormat format = format(styleIndex);
            String text = iso;
            if (format.date()) {
                synchronized (this) {
                    text = formatter().formatRawCellContents(serial, format.index(), format.pattern());
                }
            }
            return new RawCell(text, serial, true, false);
        } catch (DateTimeParseException e) {
            return RawCell.text(iso);
        }
    }

    private NumberFormat format(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= formats.length) {
            return GENERAL;
        }
        NumberFormat format = formats[styleIndex];
        if (format == null) {
            format = lookUp(styleIndex);
            formats[styleIndex] = format;
        }
        return format;
    }

    private NumberFormat lookUp(int styleIndex) {
        int index = styles.formatId(styleIndex);
        String pattern = styles.formatCode(index);
        if (pattern == null) {
            return GENERAL;
        }
        return new NumberFormat(index, pattern, DateUtil.isADateFormat(index, pattern), pattern.contains("%"));
    }
}
