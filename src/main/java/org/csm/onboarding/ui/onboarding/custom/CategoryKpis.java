package org.csm.onboarding.ui.onboarding.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;

import org.csm.onboarding.engine.validate.KpiCoverage;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.ui.onboarding.OnboardingSession;

/// The line under a category's weight: its rationale, then the KPIs of the file that feed it
/// (custom ones marked) or that none does, so a weight is never set on a category without data
/// unknowingly. Follows the file and the draft's custom KPIs.
public final class CategoryKpis {

    private CategoryKpis() {
    }

    public static Label label(OnboardingSession session, Category category, String rationale) {
        Label label = new Label();
        label.setId("categoryKpis-" + category.name().toLowerCase(Locale.ROOT));
        // Wraps onto a second line rather than cutting the KPI names off.
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.textProperty().bind(Bindings.createStringBinding(() -> (rationale + " " + text(session, category)).strip(),
                session.loadedProperty(), session.draft().configProperty()));
        return label;
    }

    static String text(OnboardingSession session, Category category) {
        var loaded = session.loaded();
        if (loaded == null || loaded.analysis() == null) {
            return "";
        }
        KpiCoverage coverage = loaded.analysis().coverage(session.draft().config());
        List<String> names = new ArrayList<>();
        coverage.mapped().stream().filter(k -> k.category() == category).map(KpiDefinition::name).forEach(names::add);
        coverage.customFound().stream().filter(k -> k.category() == category)
                .map(k -> session.context().text("weights.kpis.custom", k.name())).forEach(names::add);
        return names.isEmpty() ? session.context().text("weights.kpis.none")
                : session.context().text("weights.kpis", String.join(", ", names));
    }
}
