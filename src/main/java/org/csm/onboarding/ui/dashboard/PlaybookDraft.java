package org.csm.onboarding.ui.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.csm.onboarding.engine.playbook.Playbook;
import org.csm.onboarding.engine.playbook.Trigger;
import org.csm.onboarding.model.HealthStatus;

/// One playbook as the editor holds it while the CSM types: every field a property, the
/// trigger's value as typed ("2%", "High"). [#toPlaybook] turns it back into a playbook or
/// says what is wrong with it.
final class PlaybookDraft {

    /// A KPI or field a trigger can test: its key, the name the CSM reads, and whether it holds
    /// numbers (compared with an operator) or labels (equal to a text).
    record Measure(String key, String label, boolean numeric) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final List<String> OPERATORS = List.of("<", "<=", ">", ">=", "=");

    final String id;
    final String supersededBy;
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty goal = new SimpleStringProperty("");
    final ObjectProperty<Measure> kpi = new SimpleObjectProperty<>();
    final StringProperty op = new SimpleStringProperty(">");
    final StringProperty value = new SimpleStringProperty("");
    final Map<HealthStatus, BooleanProperty> status = new LinkedHashMap<>();
    final StringProperty steps = new SimpleStringProperty("");
    final StringProperty owner = new SimpleStringProperty("CSM");
    final IntegerProperty dueInDays = new SimpleIntegerProperty(7);

    PlaybookDraft(String id, String supersededBy) {
        this.id = id;
        this.supersededBy = supersededBy;
        for (HealthStatus s : HealthStatus.values()) {
            status.put(s, new SimpleBooleanProperty(false));
        }
    }

    static PlaybookDraft of(Playbook p, List<Measure> measures) {
        PlaybookDraft d = new PlaybookDraft(p.id(), p.supersededBy());
        d.name.set(nz(p.name()));
        d.goal.set(nz(p.goal()));
        Trigger t = p.trigger();
        if (t != null) {
            if (t.hasKpi()) {
                d.kpi.set(measures.stream().filter(m -> m.key().equals(t.kpi())).findFirst()
                        .orElse(new Measure(t.kpi(), t.kpi(), t.equals() == null)));
                d.op.set(t.equals() != null ? "=" : nz(t.op()));
                d.value.set(t.equals() != null ? t.equals() : t.value() == null ? "" : plain(t.value()));
            }
            for (HealthStatus s : HealthStatus.values()) {
                d.status.get(s).set(t.status().contains(s.code()));
            }
        }
        d.steps.set(String.join("\n", p.steps()));
        d.owner.set(nz(p.owner()));
        d.dueInDays.set(p.dueInDays());
        return d;
    }

    /// The playbook this draft describes, or the reason it is not one yet.
    Playbook toPlaybook() {
        List<String> codes = status.entrySet().stream().filter(e -> e.getValue().get()).map(e -> e.getKey().code()).toList();
        Measure m = kpi.get();
        Trigger trigger;
        if (m == null) {
            trigger = new Trigger(null, null, null, null, codes);
        } else if (!m.numeric()) {
            if (value.get().isBlank()) {
                throw new IllegalArgumentException(label() + ": type the label " + m.label() + " must equal.");
            }
            trigger = new Trigger(m.key(), null, null, value.get().trim(), codes);
        } else {
            trigger = new Trigger(m.key(), op.get(), number(), null, codes);
        }
        List<String> stepList = new ArrayList<>(Arrays.stream(steps.get().split("\\R")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList());
        return new Playbook(id, name.get().trim(), goal.get().trim(), trigger, stepList, owner.get().trim(), dueInDays.get(),
                supersededBy);
    }

    private Double number() {
        String text = value.get().trim().replace(",", "").replace("%", "").replace("$", "").trim();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label() + ": \u201c" + value.get() + "\u201d is not a number for "
                    + kpi.get().label() + ".");
        }
    }

    String label() {
        return name.get().isBlank() ? id : name.get();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
