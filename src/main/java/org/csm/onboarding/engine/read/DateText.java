package org.csm.onboarding.engine.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Reads dates written as text. Supported, with an optional time of day that is dropped:
/// ISO "2024-03-15" (also "2024/03/15", "2024-03-15T10:00:00", "2024-03-15 10:00"), dotted
/// European "15.03.2024", slashed "03/15/2024", and English month names ("15-Mar-2024",
/// "Mar 15, 2024").
///
/// Slashed or dashed day-month order is ambiguous: "03/04/2024" is read the US way, month
/// first (4 March would need the first part above 12, like "15/03/2024"), because the export
/// this app is built for comes from US tools. Two-digit years follow Excel: 00-29 are 2000s,
/// 30-99 are 1900s.
final class DateText {

    private static final String TIME = "(?:(?:T|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?i:[AP]M)?"
            + "\\s*(?:Z|[+-]\\d{2}:?\\d{2})?)?";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final int TWO_DIGIT_YEAR_PIVOT = 30;
    private static final List<DateTimeFormatter> MONTH_NAMES = List.of(
            named("d-MMM-"), named("d MMM "), named("d MMMM "), named("MMM d, "), named("MMMM d, "), named("MMM d "));

    private DateText() {
    }

    /// `text` is already known not to be blank or a missing marker.
    static ParsedDate parse(String text) {
        String s = text.strip();
        try {
            Matcher m = YEAR_FIRST.matcher(s);
            if (m.matches()) {
                return ParsedDate.of(LocalDate.of(number(m, 1), number(m, 3), number(m, 4)));
            }
            m = YEAR_LAST.matcher(s);
            if (m.matches()) {
                return yearLast(m);
            }
        } catch (DateTimeException e) {
            return ParsedDate.invalid(text);
        }
        for (DateTimeFormatter format : MONTH_NAMES) {
            try {
                return ParsedDate.of(LocalDate.parse(s, format));
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        return ParsedDate.invalid(text);
    }

    private static ParsedDate yearLast(Matcher m) {
        int first = number(m, 1);
        int second = number(m, 3);
        int year = number(m, 4);
        if (m.group(4).length() == 2) {
            year += year < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900;
        }
        boolean dayFirst = ".".equals(m.group(2)) || first > 12;
        return ParsedDate.of(dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second));
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /// A month-name pattern followed by a four- or two-digit year (the latter on Excel's pivot).
    private static DateTimeFormatter named(String dayAndMonth) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(dayAndMonth)
                .optionalStart().appendValue(ChronoField.YEAR, 4).optionalEnd()
                .optionalStart().appendValueReduced(ChronoField.YEAR, 2, 2, 1900 + TWO_DIGIT_YEAR_PIVOT).optionalEnd()
                .toFormatter(Locale.ENGLISH);
    }
}
