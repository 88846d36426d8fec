package org.csm.onboarding.engine.read;

/// Removes characters that have no business in a customer table and can hide or disguise what
/// a cell says: NUL and other C0/C1 control characters (tab and line breaks stay), and the
/// Unicode direction overrides and isolates (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C)
/// that can make "SRVL-3001" display as something else. Counts what it removed so the reader
/// can say so once, with the first row where it happened.
final class TextCleaner {

    private long removed;
    private int firstRow;

    /// `text` without the unwanted characters; the same instance when there are none (the usual case).
    String clean(String text, int row) {
        int i = 0;
        int length = text.length();
        while (i < length && !unwanted(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder kept = new StringBuilder(length);
        kept.append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (unwanted(c)) {
                removed++;
                if (firstRow == 0) {
                    firstRow = row;
                }
            } else {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    long removed() {
        return removed;
    }

    int firstRow() {
        return firstRow;
    }

    static boolean unwanted(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c < 0x7F) {
            return false;
        }
        return c <= 0x9F
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\uFEFF';
    }
}
