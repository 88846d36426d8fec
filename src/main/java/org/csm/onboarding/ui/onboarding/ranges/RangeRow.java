package org.csm.onboarding.ui.onboarding.ranges;

import java.util.stream.Collectors;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.ReferenceRange;

/// One editable line of the ranges table: the KPI, its two thresholds as typed, what is wrong
/// with them, and how many of the file's accounts fall in each band.
public final class RangeRow {

    private final KpiDefinition kpi;
    private final StringProperty critical = new SimpleStringProperty("");
    private final StringProperty healthy = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final IntegerProperty[] bandCounts = {new SimpleIntegerProperty(), new SimpleIntegerProperty(), new SimpleIntegerProperty()};

    RangeRow(KpiDefinition kpi) {
        this.kpi = kpi;
    }

    public KpiDefinition kpi() {
        return kpi;
    }

    void show(ReferenceRange range) {
        if (kpi.isText()) {
            critical.set(kpi.labels().getFirst().label());
            healthy.set(kpi.labels().getLast().label());
        } else {
            critical.set(Formats.plain(range.critical()));
            healthy.set(Formats.plain(range.healthy()));
        }
        problem.set("");
    }

    /// The typed thresholds as a range, or null (with `problem` set) when they do not work.
    ReferenceRange parse(String notANumber) {
        if (kpi.isText()) {
            problem.set("");
            return null;
        }
        try {
            ReferenceRange range = new ReferenceRange(kpi.key(), kpi.direction(), number(critical.get()), number(healthy.get()));
            String why = range.problem();
            problem.set(why == null ? "" : why);
            return why == null ? range : null;
        } catch (NumberFormatException e) {
            problem.set(notANumber);
            return null;
        }
    }

    private static double number(String text) {
        return Double.parseDouble(text.trim().replace(",", ""));
    }

    public String labelMap() {
        return kpi.labels().stream().map(l -> l.label() + " = " + Formats.plain(l.storedValue()))
                .collect(Collectors.joining(", "));
    }

    public StringProperty criticalProperty() {
        return critical;
    }

    public StringProperty healthyProperty() {
        return healthy;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public IntegerProperty bandCount(Band band) {
        return bandCounts[band.ordinal()];
    }
}
