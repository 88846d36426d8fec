package org.csm.onboarding.engine.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/// How a CSV file is written: its delimiter, the decimal separator of its numbers, and whether
/// it starts with Excel's `sep=;` hint line (which Excel hides, so we skip it too and the row
/// numbers still match what Excel shows).
///
/// Detected from a decoded prefix of the file. Fields are split the way CSV does, honouring
/// double quotes, so separators inside quoted values (`"$19,790.08"`) do not count.
record CsvDialect(char delimiter, char decimalSeparator, boolean sepLine) {

    private static final char[] CANDIDATES = {',', ';', '\t'};
    private static final int DELIMITER_LINES = 20;
    private static final int DECIMAL_RECORDS = 500;
    private static final Pattern SEP_LINE = Pattern.compile("(?i)\"?sep=(.)\"?[,;\\t]*");
    /// A number as text: optional sign and currency around digits with '.', ',' or spaces.
    private static final Pattern NUMERIC = Pattern.compile(
            "[+\\-\u2212(]?\\s*[$€£¥]?\\s*\\d[\\d.,\\s\u00A0\u202F]*\\s*[%$€£¥)]?");

    /// `sample` is decoded text from the start of the file; `complete` says it is the whole file,
    /// otherwise its last, possibly cut, record is ignored.
    static CsvDialect detect(String sample, boolean complete) {
        List<String> records = records(sample, complete);
        boolean sepLine = !records.isEmpty() && SEP_LINE.matcher(records.getFirst().strip()).matches();
        char delimiter;
        if (sepLine) {
            String line = records.removeFirst().strip();
            delimiter = line.charAt(line.toLowerCase(Locale.ROOT).indexOf("sep=") + 4);
        } else {
            delimiter = chooseDelimiter(records);
        }
        char decimal = delimiter == ',' ? '.' : decimalSeparator(records, delimiter);
        return new CsvDialect(delimiter, decimal, sepLine);
    }

    /// Splits text into records on line breaks outside quotes.
    static List<String> records(String text, boolean complete) {
        List<String> records = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                records.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (complete && start < text.length()) {
            records.add(text.substring(start));
        }
        return records;
    }

    /// The candidate whose non-zero count per line is the most consistent over the first
    /// non-blank lines; ties go to more columns, then to ',' before ';' before tab.
    private static char chooseDelimiter(List<String> records) {
        List<String> lines = records.stream().filter(r -> !r.isBlank()).limit(DELIMITER_LINES).toList();
        char best = ',';
        long bestAgreeing = 0;
        int bestCount = 0;
        for (char candidate : CANDIDATES) {
            Map<Integer, Long> frequencies = new HashMap<>();
            for (String line : lines) {
                int count = countOutsideQuotes(line, candidate);
                if (count > 0) {
                    frequencies.merge(count, 1L, Long::sum);
                }
            }
            for (Map.Entry<Integer, Long> entry : frequencies.entrySet()) {
                long agreeing = entry.getValue();
                int count = entry.getKey();
                if (agreeing > bestAgreeing || (agreeing == bestAgreeing && count > bestCount)) {
                    best = candidate;
                    bestAgreeing = agreeing;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    /// ',' when more numeric-looking fields show a decimal comma ("1234,56", "21,0%",
    /// "1.234,56") than a decimal point. Fields like "1,234" or "1.234" could be either and do not vote.
    private static char decimalSeparator(List<String> records, char delimiter) {
        int commaVotes = 0;
        int pointVotes = 0;
        for (String record : records.subList(0, Math.min(records.size(), DECIMAL_RECORDS))) {
            for (String field : fields(record, delimiter)) {
                String value = field.strip();
                if (!NUMERIC.matcher(value).matches()) {
                    continue;
                }
                switch (decimalMark(value)) {
                    case ',' -> commaVotes++;
                    case '.' -> pointVotes++;
                    default -> {
                        // ambiguous or no separator at all
                    }
                }
            }
        }
        return commaVotes > pointVotes ? ',' : '.';
    }

    /// The decimal mark a number text reveals, or 0 when it does not tell.
    static char decimalMark(String number) {
        int lastComma = number.lastIndexOf(',');
        int lastPoint = number.lastIndexOf('.');
        if (lastComma >= 0 && lastPoint >= 0) {
            return lastComma > lastPoint ? ',' : '.';
        }
        int last = Math.max(lastComma, lastPoint);
        if (last < 0) {
            return 0;
        }
        char mark = number.charAt(last);
        boolean repeated = number.indexOf(mark) != last;
        if (repeated) {
            // "1.234.567" groups thousands, so the decimal mark is the other one.
            return mark == ',' ? '.' : ',';
        }
        int digitsAfter = 0;
        for (int i = last + 1; i < number.length() && Character.isDigit(number.charAt(i)); i++) {
            digitsAfter++;
        }
        return digitsAfter == 3 ? 0 : mark;
    }

    /// Splits one record into unquoted fields.
    static List<String> fields(String record, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == delimiter && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
