package org.csm.onboarding.engine.read;

import java.util.regex.Pattern;

/// Reads numbers written as text, as people and exports write them: currency symbols, percent
/// signs, thousands groups (',' '.' spaces, no-break spaces, apostrophes), accounting
/// parentheses for negatives, '+' and the Unicode minus, and scientific notation.
///
/// Thousands groups must really be groups of three digits, so "1.2.3" or "1,5" (with '.' as the
/// decimal separator) are invalid rather than guessed at.
final class NumberText {

    private static final String MINUS_SIGNS = "-\u2212";
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("^(?i:US\\$|USD|EUR|GBP|[$€£¥₹])\\s*");
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("\\s*(?i:USD|EUR|GBP|[$€£¥₹])$");
    private static final Pattern GROUP_SPACE = Pattern.compile("(?<=\\d)[\\s\u00A0\u202F\u2009'’](?=\\d)");
    private static final Pattern POINT_DECIMAL = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d*)(\\.\\d*)?([eE][+-]?\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("(\\d{1,3}(\\.\\d{3})+|\\d*)(,\\d*)?([eE][+-]?\\d+)?");

    private NumberText() {
    }

    /// `text` is already known not to be blank or a missing marker.
    static ParsedNumber parse(String text, char decimalSeparator) {
        String s = text.strip();
        boolean negative = false;
        if (s.length() > 2 && s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        s = CURRENCY_SUFFIX.matcher(s).replaceFirst("");
        s = CURRENCY_PREFIX.matcher(s).replaceFirst("");
        int signs = 0;
        while (!s.isEmpty() && (s.charAt(0) == '+' || MINUS_SIGNS.indexOf(s.charAt(0)) >= 0)) {
            negative ^= s.charAt(0) != '+';
            signs++;
            // "-$1,234" puts the sign before the currency symbol
            s = CURRENCY_PREFIX.matcher(s.substring(1).strip()).replaceFirst("");
        }
        if (signs > 1 || (signs == 1 && text.strip().startsWith("("))) {
            return ParsedNumber.invalid(text);
        }
        s = GROUP_SPACE.matcher(s).replaceAll("");
        String plain = canonical(s, decimalSeparator);
        if (plain == null) {
            return ParsedNumber.invalid(text);
        }
        double value = Double.parseDouble(plain);
        if (!Double.isFinite(value)) {
            return ParsedNumber.invalid(text);
        }
        return ParsedNumber.of(negative ? -value : value);
    }

    /// The number in Java's syntax, or null when the grouping or characters are not a number.
    private static String canonical(String s, char decimalSeparator) {
        boolean commaDecimal = decimalSeparator == ',';
        Pattern shape = commaDecimal ? COMMA_DECIMAL : POINT_DECIMAL;
        if (!shape.matcher(s).matches() || s.split("[eE]", 2)[0].chars().noneMatch(Character::isDigit)) {
            return null;
        }
        return commaDecimal ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
    }
}
