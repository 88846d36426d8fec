package org.csm.onboarding.engine.ask;

/// How a number column reads: answers format values with it and a question's "5%" or "10 days"
/// is checked against it.
public enum Unit {
    NONE(""), PERCENT("%"), MONEY("$"), DAYS(" days"), MILLISECONDS(" ms"), SECONDS(" s"), POINTS(" pts");

    private final String suffix;

    Unit(String suffix) {
        this.suffix = suffix;
    }

    /// The value as a CSM reads it: grouped thousands, at most two decimals, with the unit.
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "missing";
        }
        String number = Math.abs(value - Math.rint(value)) < 1e-9
                ? String.format(java.util.Locale.ROOT, "%,.0f", value)
                : String.format(java.util.Locale.ROOT, "%,.2f", value);
        return this == MONEY ? (value < 0 ? "-$" + number.substring(1) : "$" + number) : number + suffix;
    }
}
