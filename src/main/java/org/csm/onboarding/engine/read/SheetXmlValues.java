package org.csm.onboarding.engine.read;

import java.nio.charset.StandardCharsets;

/// The values [XlsxSheetScanner] reads out of attribute and entity bytes, as pure functions: a
/// row number, a cell reference's column, a cell type code, a character reference, and whether a
/// sheet declares an encoding the byte scan does not handle.
final class SheetXmlValues {

    private SheetXmlValues() {
    }

    /// True when the XML declaration at the start of `head` names an encoding other than UTF-8.
    static boolean declaresOtherEncoding(byte[] head, int length) {
        String start = new String(head, 0, Math.min(length, 200), StandardCharsets.ISO_8859_1);
        if (start.length() >= 2 && (start.charAt(0) == '\u00FE' || start.charAt(0) == '\u00FF' || start.charAt(1) == 0)) {
            return true; // a UTF-16 byte-order mark or zero bytes
        }
        int end = start.indexOf("?>");
        int encoding = start.indexOf("encoding");
        if (!start.startsWith("<?xml") || end < 0 || encoding < 0 || encoding > end) {
            return false;
        }
        String declared = start.substring(encoding, end).replaceAll("encoding\\s*=\\s*[\"']([^\"']*)[\"'].*", "$1").trim();
        return !declared.equalsIgnoreCase("UTF-8") && !declared.equalsIgnoreCase("UTF8");
    }

    /// The attribute value as a whole number (a row's `r`, a style), or -1.
    static int digits(byte[] value, int length) {
        int number = 0;
        int i = 0;
        while (i < length && value[i] == ' ') {
            i++;
        }
        if (i == length) {
            return -1;
        }
        for (; i < length; i++) {
            int d = value[i] - '0';
            if (d < 0 || d > 9 || number > 100_000_000) {
                return -1;
            }
            number = number * 10 + d;
        }
        return number;
    }

    /// The 0-based column of a cell reference such as "AB12", or -1 without letters.
    static int column(byte[] value, int length) {
        int index = 0;
        for (int i = 0; i < length; i++) {
            int c = value[i] & 0xDF;
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = Math.min(index * 26 + (c - 'A' + 1), ReadLimits.MAX_COLUMNS + 1);
        }
        return index - 1;
    }

    /// The cell type codes Excel writes, shared; anything else as written.
    static String cellType(byte[] value, int length) {
        if (length == 1) {
            switch (value[0]) {
                case 's' -> {
                    return "s";
                }
                case 'n' -> {
                    return "n";
                }
                case 'b' -> {
                    return "b";
                }
                case 'e' -> {
                    return "e";
                }
                case 'd' -> {
                    return "d";
                }
                default -> {
                    // below
                }
            }
        }
        // Compared as bytes: every text cell of a streamed export says "inlineStr".
        if (equalsAscii(value, length, "inlineStr")) {
            return "inlineStr";
        }
        if (equalsAscii(value, length, "str")) {
            return "str";
        }
        return new String(value, 0, length, StandardCharsets.UTF_8);
    }

    /// Whether the first `length` bytes of `bytes` are the ASCII text `expected`.
    static boolean equalsAscii(byte[] bytes, int length, String expected) {
        if (length != expected.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /// The code point of a numeric character reference (`#65`, `#x41`); anything else is malformed.
    static int characterReference(StringBuilder ref) throws XlsxSheetScanner.MalformedSheet {
        try {
            int codePoint = ref.length() > 1 && ref.charAt(0) == '#'
                    ? (ref.charAt(1) == 'x' ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1)))
                    : -1;
            if (Character.isValidCodePoint(codePoint) && codePoint > 0) {
                return codePoint;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new XlsxSheetScanner.MalformedSheet("an unknown entity &" + ref + ";");
    }
}
