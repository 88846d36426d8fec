package org.csm.onboarding.engine.ask;

/// How a number column reads: answers format values with it and a question's "5%" or "10 days"
/// is checked against it.
public enum Unit {
    NONE(""), PERCENT("%"), MONEY("$"), DAYS(" days"), MILLISECONDS(" ms"), SECONDS(" s"), POINTS(" pts"),
    /// A calendar date held as epoch days (1970-01-01 is 0), read as 2023-04-01.
    DATE("");

    private static final ThreadLocal<java.text.DecimalFormat> WHOLE = ThreadLocal.withInitial(() ->
            new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
    private static final ThreadLocal<java.text.DecimalFormat> DECIMAL = ThreadLocal.withInitial(() ->
            new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));

    private final String suffix;

    Unit(String suffix) {
        this.suffix = suffix;
    }

    /// The value as a CSM reads it: grouped thousands, at most two decimals, with the unit.
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "missing";
        }
        if (this == DATE) {
            return java.time.LocalDate.ofEpochDay((long) Math.floor(value)).toString();
        }
        boolean whole = Math.abs(value - Math.rint(value)) < 1e-9;
        String number = (whole ? WHOLE : DECIMAL).get().format(value);
        return this == MONEY ? (value < 0 ? "-$" + number.substring(1) : "$" + number) : number + suffix;
    }
}
