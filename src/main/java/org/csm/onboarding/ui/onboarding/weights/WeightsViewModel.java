package org.csm.onboarding.ui.onboarding.weights;

import org.csm.onboarding.ui.onboarding.StepModel;
import java.util.EnumMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.Weights;
import org.csm.onboarding.service.DraftScoring;
import org.csm.onboarding.ui.onboarding.OnboardingSession;

/// Step 2: the five category weights, always adding up to 100. Moving one spreads the difference
/// over the others in proportion to their weights; counts per status and the accounts whose status
/// differs from the recommended weights update live.
public final class WeightsViewModel implements StepModel {

    public static final int TOTAL = 100;

    /// An account whose status under the chosen weights differs from the recommended ones.
    public record StatusChange(String externalId, String name, HealthStatus recommended, HealthStatus chosen,
                               double recommendedScore, double chosenScore) {
    }

    private final OnboardingSession session;
    private final Map<Category, IntegerProperty> weights = new EnumMap<>(Category.class);
    private final Map<HealthStatus, IntegerProperty> counts = new EnumMap<>(HealthStatus.class);
    private final ObservableList<StatusChange> changes = FXCollections.observableArrayList();
    private final StringBinding blocker;
    private boolean adjusting;

    public WeightsViewModel(OnboardingSession session) {
        this.session = session;
        for (Category c : Category.values()) {
            IntegerProperty p = new SimpleIntegerProperty(c.defaultWeight());
            p.addListener((o, before, after) -> {
                if (!adjusting) {
                    redistribute(c, after.intValue());
                }
            });
            weights.put(c, p);
        }
        for (HealthStatus s : HealthStatus.values()) {
            counts.put(s, new SimpleIntegerProperty());
        }
        blocker = Bindings.createStringBinding(() -> total() == TOTAL ? "" : session.context().text("weights.blocker.total", total()),
                weights.values().toArray(javafx.beans.Observable[]::new));
    }

    public void enter() {
        Weights w = session.draft().config().weights();
        double sum = w.total();
        int[] values = new int[Category.values().length];
        double[] raw = new double[values.length];
        for (Category c : Category.values()) {
            raw[c.ordinal()] = w.of(c) * TOTAL / sum;
        }
        apply(roundToTotal(raw, TOTAL));
    }

    /// Sets `category` to `value` and redistributes the rest over the others proportionally.
    public void setWeight(Category category, int value) {
        weights.get(category).set(Math.clamp(value, 0, TOTAL));
    }

    private void redistribute(Category moved, int value) {
        int clamped = Math.clamp(value, 0, TOTAL);
        double[] raw = new double[Category.values().length];
        double othersSum = 0;
        for (Category c : Category.values()) {
            if (c != moved) {
                othersSum += weights.get(c).get();
            }
        }
        int others = Category.values().length - 1;
        for (Category c : Category.values()) {
            raw[c.ordinal()] = c == moved ? clamped
                    : othersSum == 0 ? (double) (TOTAL - clamped) / others : (TOTAL - clamped) * weights.get(c).get() / othersSum;
        }
        int[] rounded = roundToTotal(raw, TOTAL);
        rounded[moved.ordinal()] = clamped;
        apply(rounded);
    }

    /// Rounds down, then hands out what is left to the largest remainders, so the sum is exact.
    static int[] roundToTotal(double[] raw, int total) {
        int[] result = new int[raw.length];
        int sum = 0;
        for (int i = 0; i < raw.length; i++) {
            result[i] = (int) Math.floor(raw[i] + 1e-9);
            sum += result[i];
        }
        while (sum < total) {
            int best = 0;
            for (int i = 1; i < raw.length; i++) {
                if (raw[i] - result[i] > raw[best] - result[best]) {
                    best = i;
                }
            }
            result[best]++;
            sum++;
        }
        return result;
    }

    public void resetToRecommended() {
        int[] defaults = new int[Category.values().length];
        for (Category c : Category.values()) {
            defaults[c.ordinal()] = c.defaultWeight();
        }
        apply(defaults);
    }

    private void apply(int[] values) {
        adjusting = true;
        for (Category c : Category.values()) {
            weights.get(c).set(values[c.ordinal()]);
        }
        adjusting = false;
        OnboardingConfig config = session.draft().config().withWeights(current());
        session.draft().configProperty().set(config);
        recount(config);
    }

    public Weights current() {
        Map<Category, Double> map = new EnumMap<>(Category.class);
        weights.forEach((c, p) -> map.put(c, (double) p.get()));
        return new Weights(map);
    }

    private void recount(OnboardingConfig config) {
        DraftScoring.Accounts accounts = session.accounts();
        Map<HealthStatus, Integer> tally = DraftScoring.counts(accounts, config);
        counts.forEach((s, p) -> p.set(tally.getOrDefault(s, 0)));
        changes.setAll(DraftScoring.changes(accounts, config.withWeights(Weights.defaults()), config).stream()
                .map(c -> new StatusChange(c.externalId(), c.name(), c.before(), c.after(), c.overallBefore(), c.overallAfter()))
                .toList());
    }

    public int total() {
        return weights.values().stream().mapToInt(IntegerProperty::get).sum();
    }

    public IntegerProperty weightProperty(Category category) {
        return weights.get(category);
    }

    public IntegerProperty countProperty(HealthStatus status) {
        return counts.get(status);
    }

    public ObservableList<StatusChange> changes() {
        return changes;
    }

    public StringBinding blocker() {
        return blocker;
    }
}
