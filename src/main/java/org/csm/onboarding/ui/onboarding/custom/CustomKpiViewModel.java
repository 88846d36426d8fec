package org.csm.onboarding.ui.onboarding.custom;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.csm.onboarding.engine.score.RangeSuggester;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.service.CustomKpis;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.ui.common.Formats;
import org.csm.onboarding.ui.onboarding.OnboardingSession;

/// The "Make it a KPI" form for one file column: name, category, direction, impact, frequency
/// and the two thresholds, suggested from the column's values (again when the direction
/// changes) and checked as the CSM types; `problem` is empty when the KPI can be added.
public final class CustomKpiViewModel {

    private final OnboardingSession session;
    private final String column;
    private final StringProperty name = new SimpleStringProperty();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(Category.PRODUCT_USAGE);
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.HIGHER_IS_BETTER);
    private final ObjectProperty<Impact> impact = new SimpleObjectProperty<>(Impact.MEDIUM);
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>(Frequency.MONTHLY);
    private final StringProperty critical = new SimpleStringProperty("");
    private final StringProperty healthy = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringBinding problem;

    public CustomKpiViewModel(OnboardingSession session, String column) {
        this.session = session;
        this.column = column;
        name.set(column.strip());
        problem = Bindings.createStringBinding(this::computeProblem, name, category, direction, impact, frequency, critical, healthy);
        direction.addListener((o, before, now) -> suggest());
    }

    /// Fills the thresholds from the column's quartiles (read in the background, the whole column).
    public void suggest() {
        FileAnalysis analysis = session.loaded().analysis();
        Direction wanted = direction.get();
        note.set(session.context().text("custom.suggesting"));
        session.context().tasks().run(session.context().text("task.suggesting", column),
                progress -> CustomKpis.suggest(analysis, column, wanted, progress), this::show, session.context()::fail);
    }

    private void show(RangeSuggester.KpiSuggestion s) {
        if (s.range() != null) {
            critical.set(Formats.plain(s.range().critical()));
            healthy.set(Formats.plain(s.range().healthy()));
            note.set(s.note());
        } else {
            note.set(session.context().text("custom.noSuggestion", s.note()));
        }
    }

    private String computeProblem() {
        if (name.get() == null || name.get().isBlank()) {
            return session.context().text("custom.nameRequired");
        }
        try {
            Optional<CustomKpi> kpi = kpi();
            if (kpi.isEmpty()) {
                return session.context().text("custom.notANumber");
            }
            String why = CustomKpis.problem(session.loaded().analysis(), session.draft().config(), kpi.get());
            return why == null ? "" : why;
        } catch (IllegalArgumentException invalid) {
            return invalid.getMessage().replaceFirst("^Custom KPI \"[^\"]*\": ", "");
        }
    }

    /// The KPI as typed; empty while a threshold is not a number. Throws IllegalArgumentException
    /// when the thresholds do not fit the direction.
    Optional<CustomKpi> kpi() {
        Double c = number(critical.get());
        Double h = number(healthy.get());
        if (c == null || h == null) {
            return Optional.empty();
        }
        return Optional.of(CustomKpi.of(name.get(), column, category.get(), direction.get(), impact.get(), frequency.get(), c, h));
    }

    private static Double number(String text) {
        try {
            return text == null || text.isBlank() ? null : Double.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /// Adds the KPI to the draft (the file is read again so every step counts it); false when it cannot be added.
    public boolean create(Runnable then) {
        if (!problem.get().isEmpty()) {
            return false;
        }
        session.defineCustomKpi(kpi().orElseThrow(), then);
        return true;
    }

    public String column() {
        return column;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<Impact> impactProperty() {
        return impact;
    }

    public ObjectProperty<Frequency> frequencyProperty() {
        return frequency;
    }

    public StringProperty criticalProperty() {
        return critical;
    }

    public StringProperty healthyProperty() {
        return healthy;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringBinding problem() {
        return problem;
    }
}
