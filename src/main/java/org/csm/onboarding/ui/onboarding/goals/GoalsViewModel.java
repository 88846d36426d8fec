package org.csm.onboarding.ui.onboarding.goals;

import org.csm.onboarding.ui.onboarding.StepModel;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.csm.onboarding.model.Goal;
import org.csm.onboarding.service.GoalRecommendation;
import org.csm.onboarding.ui.onboarding.OnboardingSession;

/// Step 1: which goals matter, with the file's evidence for each, and the company profile.
/// Edits go straight into the draft.
public final class GoalsViewModel implements StepModel {

    private final OnboardingSession session;
    private final Map<Goal, BooleanProperty> selected = new EnumMap<>(Goal.class);
    private final Map<Goal, StringProperty> evidence = new EnumMap<>(Goal.class);
    private final StringProperty industry = new SimpleStringProperty("");
    private final StringProperty companySize = new SimpleStringProperty("");
    private final StringBinding blocker;
    private boolean loading;

    public GoalsViewModel(OnboardingSession session) {
        this.session = session;
        for (Goal g : Goal.values()) {
            selected.put(g, new SimpleBooleanProperty());
            evidence.put(g, new SimpleStringProperty(""));
            selected.get(g).addListener((o, a, b) -> store());
        }
        industry.addListener((o, a, b) -> store());
        companySize.addListener((o, a, b) -> store());
        var deps = new java.util.ArrayList<javafx.beans.Observable>(selected.values());
        deps.add(industry);
        blocker = Bindings.createStringBinding(this::computeBlocker, deps.toArray(javafx.beans.Observable[]::new));
    }

    /// Loads the draft (and the file's evidence) into the properties.
    public void enter() {
        loading = true;
        var config = session.draft().config();
        selected.forEach((g, p) -> p.set(config.goals().contains(g)));
        industry.set(config.industry() == null ? "" : config.industry());
        companySize.set(config.companySize() == null ? "" : config.companySize());
        if (session.loaded() != null && session.loaded().preview() != null) {
            for (GoalRecommendation r : session.loaded().preview().goals()) {
                evidence.get(r.goal()).set(session.context().text(
                        r.recommended() ? "goals.recommended" : "goals.notRecommended", r.reason()));
            }
        }
        loading = false;
    }

    private void store() {
        if (loading) {
            return;
        }
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        selected.forEach((g, p) -> {
            if (p.get()) {
                goals.add(g);
            }
        });
        session.draft().configProperty().set(session.draft().config().withProfile(goals, industry.get(), companySize.get()));
    }

    private String computeBlocker() {
        if (selected.values().stream().noneMatch(BooleanProperty::get)) {
            return session.context().text("goals.blocker.noGoal");
        }
        return industry.get() == null || industry.get().isBlank() ? session.context().text("goals.blocker.noIndustry") : "";
    }

    public BooleanProperty selectedProperty(Goal goal) {
        return selected.get(goal);
    }

    public StringProperty evidenceProperty(Goal goal) {
        return evidence.get(goal);
    }

    public StringProperty industryProperty() {
        return industry;
    }

    public StringProperty companySizeProperty() {
        return companySize;
    }

    public IntegerProperty accountCountProperty() {
        return session.draft().accountCountProperty();
    }

    public StringBinding blocker() {
        return blocker;
    }
}
