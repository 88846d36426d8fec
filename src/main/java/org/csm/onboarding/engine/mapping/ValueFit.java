package org.csm.onboarding.engine.mapping;

import org.csm.onboarding.model.Field;

import java.util.Set;

/// How well a column's values ([ColumnProfile]) and units suit a field: `fit` 0-1, `distinctive`
/// when the values point at the field by themselves (dates, High/Medium/Low, unique codes,
/// whole numbers 0-100), and the reason in words.
record ValueFit(double fit, boolean distinctive, String reason) {

    private static final ValueFit NOTHING_TO_JUDGE = new ValueFit(1, false, "");

    private static final Set<Field> MONEY = Set.of(Field.MONTHLY_SPEND, Field.CONTRACT_VALUE_ANNUAL);
    private static final Set<Field> SHARE = Set.of(Field.COLD_START_PCT, Field.ERROR_RATE_PCT);
    private static final Set<Field> COUNTS = Set.of(Field.DAILY_INVOCATIONS, Field.INVOCATIONS_30D, Field.DAYS_SINCE_LAST_INVOCATION);

    static ValueFit of(Field field, ColumnProfile p) {
        if (p.empty()) {
            return NOTHING_TO_JUDGE;
        }
        if (p.contactShare() > 0.3) {
            return new ValueFit(0, false, "values are contact details");
        }
        return switch (field.type()) {
            case DATE -> p.dateShare() >= 0.8 ? new ValueFit(1, true, "values are dates")
                    : new ValueFit(p.dateShare(), false, "most values are not dates");
            case LABEL -> p.levelShare() >= 0.8 ? new ValueFit(1, true, "values are High/Medium/Low")
                    : new ValueFit(p.levelShare() * 0.5, false, "values are not High/Medium/Low");
            case NUMBER -> number(field, p);
            case TEXT -> text(field, p);
        };
    }

    private static ValueFit number(Field field, ColumnProfile p) {
        if (!p.numeric()) {
            return new ValueFit(p.numberShare(), false, "most values are not numbers");
        }
        boolean nonNegative = p.min() >= 0;
        if (MONEY.contains(field)) {
            if (p.percentShare() > 0.5) {
                return new ValueFit(0.2, false, "values are percentages, not money");
            }
            return nonNegative ? new ValueFit(1, p.moneyShare() > 0.5, p.moneyShare() > 0.5 ? "values are money" : "")
                    : new ValueFit(0.3, false, "values are negative");
        }
        if (p.moneyShare() > 0.5) {
            return new ValueFit(0.2, false, "values are money");
        }
        if (SHARE.contains(field)) {
            return nonNegative && p.max() <= 100 ? new ValueFit(1, p.percentShare() > 0.5, "values are 0-100")
                    : new ValueFit(0.2, false, "values are not percentages 0-100");
        }
        if (field == Field.INVOCATION_VELOCITY_CHANGE_PCT) {
            return p.min() >= -100 ? new ValueFit(1, false, "") : new ValueFit(0.2, false, "values are below -100%");
        }
        if (field == Field.HEALTH_SCORE) {
            boolean score = nonNegative && p.max() <= 100;
            return score ? new ValueFit(1, p.wholeShare() >= 0.9 && p.max() > 10, "values are whole numbers 0-100")
                    : new ValueFit(0.1, false, "values are not a 0-100 score");
        }
        if (COUNTS.contains(field)) {
            return nonNegative && p.wholeShare() >= 0.9 ? new ValueFit(1, false, "")
                    : new ValueFit(0.4, false, "values are not whole counts");
        }
        return nonNegative ? new ValueFit(1, false, "") : new ValueFit(0.3, false, "values are negative");
    }

    private static ValueFit text(Field field, ColumnProfile p) {
        if (field == Field.CUSTOMER_ID) {
            if (!p.unique()) {
                return new ValueFit(0.1, false, "values repeat, so they are not ids");
            }
            boolean codes = p.codeShare() >= 0.8 || (p.numeric() && p.wholeShare() == 1);
            return codes ? new ValueFit(1, true, "values are unique codes") : new ValueFit(0.5, false, "values are unique");
        }
        if (!p.textual()) {
            return new ValueFit(0.2, false, "values are numbers or dates, not text");
        }
        if (field == Field.COMPANY_NAME) {
            return p.codeShare() < 0.5 && p.distinctShare() >= 0.5 ? new ValueFit(1, false, "")
                    : new ValueFit(0.3, false, "values look like codes or categories, not names");
        }
        return p.categorical() ? new ValueFit(1, false, "") : new ValueFit(0.7, false, "");
    }

    /// The units a header may carry for this field; any other unit it carries contradicts it
    /// ("Error count" is not a rate, "Latency (s)" is not in milliseconds).
    static Set<String> allowedUnits(Field field) {
        if (MONEY.contains(field)) {
            return Set.of("currency");
        }
        if (SHARE.contains(field) || field == Field.INVOCATION_VELOCITY_CHANGE_PCT) {
            return Set.of("pct");
        }
        return switch (field) {
            case AVG_EXECUTION_TIME_SEC -> Set.of("sec");
            case P95_LATENCY_MS -> Set.of("ms");
            case HEALTH_SCORE -> Set.of("scale", "pct");
            case DAILY_INVOCATIONS, INVOCATIONS_30D, DAYS_SINCE_LAST_INVOCATION -> Set.of("count");
            default -> Set.of();
        };
    }
}
