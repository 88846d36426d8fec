package org.csm.onboarding.engine.read;

/// The exact double of a short plain decimal ("2208", "-67.7", "19790.08"), which is what
/// nearly every number in a worksheet looks like, without the general parser's cost.
///
/// With at most 15 significant digits the digits form a long below 2^53 and the power of ten
/// is exact too, so one division or multiplication gives the correctly rounded double: the
/// same value [Double#parseDouble(String)] gives (Clinger's fast path). Anything else
/// (exponents, more digits, stray characters) returns NaN and is left to the general parser.
final class SimpleDecimal {

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final int MAX_DIGITS = 15;

    private SimpleDecimal() {
    }

    static double parse(String s) {
        int length = s.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && s.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        long digits = 0;
        int count = 0;
        int decimals = -1;
        for (; i < length; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == 0 && c == '0' && decimals < 0) {
                    continue; // leading zeros do not count
                }
                if (++count > MAX_DIGITS) {
                    return Double.NaN;
                }
                digits = digits * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        boolean anyDigit = length > (negative ? 1 : 0) && !(decimals == 0 && length == (negative ? 2 : 1));
        if (!anyDigit) {
            return Double.NaN;
        }
        double value = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
        return negative ? -value : value;
    }
}
