package org.csm.onboarding.engine.playbook;

import java.util.List;
import java.util.Locale;

/// When a playbook fires: a KPI condition (a number compared with `op` and `value`, or a text
/// KPI equal to `equals`), a set of statuses, or both (then both must hold). Status codes are
/// the JSON contract's (`healthy`, `at_risk`, `critical`, `insufficient_data`).
public record Trigger(String kpi, String op, Double value, String equals, List<String> status) {

    public Trigger {
        status = status == null ? List.of() : status.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
    }

    public boolean hasKpi() {
        return kpi != null && !kpi.isBlank();
    }

    /// Why this trigger cannot work, or null when it can.
    public String problem() {
        if (!hasKpi() && status.isEmpty()) {
            return "A trigger needs a KPI condition, a status, or both.";
        }
        if (hasKpi() && equals == null && (value == null || !List.of(">", ">=", "<", "<=", "=").contains(op))) {
            return "A KPI trigger needs an operator (>, >=, <, <=, =) and a number, or a label to equal.";
        }
        for (String s : status) {
            if (!List.of("healthy", "at_risk", "critical", "insufficient_data").contains(s)) {
                return "Unknown status \u201c" + s + "\u201d: use healthy, at_risk, critical or insufficient_data.";
            }
        }
        return null;
    }

    boolean test(double v) {
        return switch (op) {
            case ">" -> v > value;
            case ">=" -> v >= value;
            case "<" -> v < value;
            case "<=" -> v <= value;
            default -> v == value;
        };
    }
}
