package org.csm.onboarding.model.table;

import java.util.Arrays;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.Impact;

/// One KPI's values for every account of a table: a `double` per row (NaN = the account has no
/// value) and, for text KPIs, the label as the file spelled it. The KPI's metadata (name,
/// category, impact, frequency) is kept once here instead of once per value, which is what the
/// seed's long KPI records would repeat. Columns are keyed by KPI key, so a custom KPI defined
/// in the workspace configuration is a column like any catalogue KPI.
public final class KpiColumn {

    /// What a KPI record says about its KPI besides the value.
    public record Info(String key, String name, Category category, Impact impact, Frequency frequency) {
    }

    private final Info info;
    private final double[] values;
    private final TextColumn labels;

    KpiColumn(Info info, double[] values, TextColumn labels) {
        this.info = info;
        this.values = values;
        this.labels = labels;
    }

    /// A column from decoded arrays (a stored segment); `labels` null when the KPI has none.
    public static KpiColumn of(Info info, double[] values, TextColumn labels) {
        if (labels != null && labels.size() != values.length) {
            throw new IllegalArgumentException("Labels and values of " + info.key() + " differ in length");
        }
        return new KpiColumn(info, values, labels);
    }

    public Info info() {
        return info;
    }

    public String key() {
        return info.key();
    }

    /// The raw values, NaN where an account has none. Shared, not copied: do not modify.
    public double[] values() {
        return values;
    }

    public double value(int row) {
        return values[row];
    }

    /// Labels of a text KPI; null for a column that never had one.
    public TextColumn labels() {
        return labels;
    }

    public String label(int row) {
        return labels == null ? null : labels.get(row);
    }

    /// Whether the account at `row` has a record for this KPI.
    public boolean present(int row) {
        return !Double.isNaN(values[row]) || (labels != null && labels.code(row) != TextColumn.NULL);
    }

    /// Grows one row at a time; rows never set stay NaN without a label.
    static final class Builder {
        private final Info info;
        private double[] values = new double[64];
        private int size;
        private TextColumn.Builder labels;

        Builder(Info info) {
            this.info = info;
        }

        Info info() {
            return info;
        }

        /// Sets row `row` unless it was already set (the first record of a KPI counts).
        void set(int row, double value, String label) {
            if (size > row) {
                return;
            }
            padTo(row);
            append(value, label == null ? TextColumn.NULL : labels().intern(label));
        }

        void append(double value, int labelCode) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
            if (labelCode != TextColumn.NULL || labels != null) {
                labels().padTo(size - 1).addCode(labelCode);
            }
        }

        TextColumn.Builder labels() {
            if (labels == null) {
                labels = new TextColumn.Builder();
            }
            return labels;
        }

        void padTo(int rows) {
            while (size < rows) {
                append(Double.NaN, TextColumn.NULL);
            }
        }

        KpiColumn build(int rows) {
            padTo(rows);
            double[] built = Arrays.copyOf(values, rows);
            values = new double[0];
            return new KpiColumn(info, built, labels == null ? null : labels.padTo(rows).build());
        }
    }
}
