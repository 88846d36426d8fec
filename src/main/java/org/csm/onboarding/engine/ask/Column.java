package org.csm.onboarding.engine.ask;

import java.util.List;

/// One column of the table a question is answered over. `key` is stable (the field or KPI key,
/// used in JSON), `label` is what the CSM reads, `aliases` are extra ways to say it.
public sealed interface Column permits Column.Numbers, Column.Texts {

    String key();

    String label();

    List<String> aliases();

    /// A number per account, NaN where the account has no value. `healthy` is the threshold past
    /// which the value is Healthy (NaN when the column has none): "high error rate" means above it.
    /// `better` is +1 when higher is better, -1 when lower is better, 0 when neither (so "worst
    /// error rate" sorts the highest first).
    record Numbers(String key, String label, List<String> aliases, Unit unit, double healthy, int better, double[] values)
            implements Column {
        public Numbers {
            aliases = List.copyOf(aliases);
        }

        public double value(int row) {
            return values[row];
        }
    }

    /// A text per account (null where missing): segment, CSM, industry, a text KPI's label.
    record Texts(String key, String label, List<String> aliases, String[] values) implements Column {
        public Texts {
            aliases = List.copyOf(aliases);
        }

        public String value(int row) {
            return values[row];
        }
    }
}
