package org.csm.onboarding.engine.read;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;

/// Interprets [RawCell]s as text, numbers and dates. Pure functions: the same cell always
/// gives the same result, and nothing throws for bad data; bad data comes back as "invalid"
/// with the original text so the validator can quote it.
///
/// Percent units: the app's `*_pct` fields hold percent values (21.0 means 21 %). A cell
/// formatted as a percentage stores the fraction 0.21 and shows "21.0%", so it is read as 21.0;
/// a text "21.0%" is read as 21.0 too. A bare 0.21 stays 0.21; deciding whether a column of
/// small numbers is fractions is up to the caller, which sees the whole column.
public final class CellValues {

    /// Markers people and tools write for "no value", compared trimmed and ignoring case.
    private static final Set<String> MISSING_MARKERS =
            Set.of("", "n/a", "na", "-", "\u2014", "\u2013", "null", "#n/a", "none");

    private static final int LONGEST_MARKER = MISSING_MARKERS.stream().mapToInt(String::length).max().orElseThrow();

    /// Excel's serial for 9999-12-31, the last date it can show.
    private static final double MAX_SERIAL = 2958465;

    private CellValues() {
    }

    /// True for a blank cell and for the usual "no value" markers (N/A, -, null, none, #N/A...).
    public static boolean isMissing(RawCell cell) {
        if (cell.number() != null) {
            return false;
        }
        String text = cell.text().strip();
        // Most cells are longer than any marker: no lower-casing for them.
        return text.length() <= LONGEST_MARKER && MISSING_MARKERS.contains(text.toLowerCase(Locale.ROOT));
    }

    /// The trimmed text, empty when the cell is missing.
    public static Optional<String> text(RawCell cell) {
        return isMissing(cell) ? Optional.empty() : Optional.of(cell.text().strip());
    }

    /// Reads a number. `decimalSeparator` is the file's ([TableReader#decimalSeparator()]) and
    /// only matters for numbers written as text.
    public static ParsedNumber parseNumber(RawCell cell, char decimalSeparator) {
        if (cell.number() != null) {
            double value = cell.number();
            if (!Double.isFinite(value)) {
                return ParsedNumber.invalid(cell.text());
            }
            // BigDecimal shifts the decimal digits exactly: 0.21 * 100 would give 21.000000000000004.
            return ParsedNumber.of(cell.percentFormatted() ? BigDecimal.valueOf(value).movePointRight(2).doubleValue() : value);
        }
        if (isMissing(cell)) {
            return ParsedNumber.ofMissing();
        }
        return NumberText.parse(cell.text(), decimalSeparator);
    }

    /// Reads a date. A number (date-formatted or not) is an Excel serial in the 1900 date
    /// system if it lies between 1 (1900-01-01) and 2958465 (9999-12-31); text is read by
    /// [DateText], which reads an ambiguous "03/04/2024" month first (US).
    public static ParsedDate parseDate(RawCell cell) {
        if (cell.number() != null) {
            double serial = cell.number();
            if (!(serial >= 1 && serial < MAX_SERIAL + 1)) {
                return ParsedDate.invalid(cell.text().isEmpty() ? Double.toString(serial) : cell.text());
            }
            return ParsedDate.of(DateUtil.getLocalDateTime(serial, false).toLocalDate());
        }
        if (isMissing(cell)) {
            return ParsedDate.ofMissing();
        }
        return DateText.parse(cell.text());
    }
}
