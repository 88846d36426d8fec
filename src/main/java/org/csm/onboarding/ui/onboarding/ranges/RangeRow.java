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

    /// Shown thresholds = stored x factor: 10 for Health Score when the file's column is 0-100,
    /// so the table says 30/60 like the notice and the scores, while the config keeps 3/6.
    private double factor = 1;

    RangeRow(KpiDefinition kpi) {
        this.kpi = kpi;
    }

    void scaleBy(double shownFactor) {
        this.factor = shownFactor;
    }

    public KpiDefinition kpi() {
        return kpi;
    }

    void show(ReferenceRange range) {
        if (kpi.isText()) {
            critical.set(kpi.labels().getFirst().label());
            healthy.set(kpi.labels().getLast().label());
        } else {
            critical.set(Formats.threshold(range.critical() * factor));
            healthy.set(Formats.threshold(range.healthy() * factor));
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
            ReferenceRange shown = new ReferenceRange(kpi.key(), kpi.direction(), number(critical.get()), number(healthy.get()));
            String why = shown.problem();
            problem.set(why == null ? "" : why);
            // Divided, not multiplied by 1/factor: 30 / 10 is 3, 30 x 0.1 is 3.0000000000000004.
            return why == null ? new ReferenceRange(kpi.key(), kpi.direction(), shown.critical() / factor, shown.healthy() / factor)
                    : null;
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
