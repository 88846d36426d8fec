package org.csm.onboarding.ui.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.csm.onboarding.model.table.StringColumn;
import org.csm.onboarding.service.AccountRows;

/// The search box's test, "name id" containing the text in lower case, read from the packed
/// UTF-8 columns: decoding and lower-casing a million names took ~3 s per keystroke. A row that
/// is all ASCII is compared byte by byte with A-Z folded, which is what `toLowerCase` does to
/// it; a row or a text with any other character is decoded and compared as a String, since
/// lower-casing those can change their length ("İ" becomes two chars). One instance per thread.
final class NameSearch {

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final AccountRows rows;
    /// Trimmed and in lower case; empty matches every row.
    private final String text;
    /// The text's bytes when it is ASCII, else null (every row is then compared as a String).
    private final byte[] needle;
    private byte[] line = new byte[128];

    NameSearch(AccountRows rows, String search) {
        this.rows = rows;
        this.text = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        this.needle = text.chars().allMatch(c -> c < 0x80) ? text.getBytes(StandardCharsets.US_ASCII) : null;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    boolean matches(int row) {
        if (text.isEmpty()) {
            return true;
        }
        if (needle == null) {
            return decoded(row);
        }
        int n = append(rows.names(), row, 0);
        line[n++] = ' ';
        n = append(rows.ids(), row, n);
        for (int i = 0; i < n; i++) {
            byte b = line[i];
            if (b < 0) {
                return decoded(row);
            }
            if (b >= 'A' && b <= 'Z') {
                line[i] = (byte) (b + ('a' - 'A'));
            }
        }
        return contains(n);
    }

    /// Copies the value's bytes into the line at `at` ("null" for none, as string concatenation
    /// writes it); returns the line's new length.
    private int append(StringColumn column, int row, int at) {
        int length = column.isNull(row) ? NULL.length : column.utf8Length(row);
        if (at + length + 1 > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, at + length + 1));
        }
        if (column.isNull(row)) {
            System.arraycopy(NULL, 0, line, at, NULL.length);
        } else {
            column.copyUtf8(row, line, at);
        }
        return at + length;
    }

    private boolean contains(int length) {
        int last = length - needle.length;
        byte first = needle[0];
        for (int i = 0; i <= last; i++) {
            if (line[i] == first && java.util.Arrays.equals(line, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    private boolean decoded(int row) {
        return (rows.name(row) + " " + rows.externalId(row)).toLowerCase(Locale.ROOT).contains(text);
    }
}
