package org.csm.onboarding.ui.dashboard;

import java.util.function.IntBinaryOperator;
import java.util.function.IntToDoubleFunction;

import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.service.AccountRows;

/// Orders over rows of the loaded columns, as the accounts table sorts them (ascending, no value
/// first, like TableColumn's own comparator).
final class RowOrders {

    private RowOrders() {
    }

    /// Riskiest first: status (Critical, At Risk, Insufficient data, Healthy), then the larger
    /// contract value first, none last. It is the order the accounts table opens with (status
    /// ascending, contract value descending), so the table need not sort a million rows again.
    static IntBinaryOperator risk(AccountRows rows) {
        return then(status(rows), descending(numbers(rows::revenueValue)));
    }

    static IntBinaryOperator status(AccountRows rows) {
        return (a, b) -> Integer.compare(AskTable.riskRank(rows.status(a)), AskTable.riskRank(rows.status(b)));
    }

    /// Ascending by a number, NaN (no value) first.
    static IntBinaryOperator numbers(IntToDoubleFunction key) {
        return (a, b) -> {
            double x = key.applyAsDouble(a);
            double y = key.applyAsDouble(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Boolean.compare(!Double.isNaN(x), !Double.isNaN(y));
            }
            return Double.compare(x, y);
        };
    }

    static IntBinaryOperator descending(IntBinaryOperator ascending) {
        return (a, b) -> ascending.applyAsInt(b, a);
    }

    /// `first`, ties broken by `second`.
    static IntBinaryOperator then(IntBinaryOperator first, IntBinaryOperator second) {
        return (a, b) -> {
            int c = first.applyAsInt(a, b);
            return c != 0 ? c : second.applyAsInt(a, b);
        };
    }

    /// Ascending text, null first.
    static int texts(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
