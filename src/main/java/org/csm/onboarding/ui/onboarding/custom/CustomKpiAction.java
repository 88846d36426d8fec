package org.csm.onboarding.ui.onboarding.custom;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.ui.onboarding.OnboardingSession;

/// What the mapping of a file column offers besides a field: "Make it a KPI" for a numeric
/// column no field or custom KPI reads, or the custom KPI it already feeds.
public final class CustomKpiAction {

    private static final double MIN_CHOOSER = 110;

    private CustomKpiAction() {
    }

    /// `chooser` (the column's field picker) with the button or the custom KPI's name beside it.
    public static Node beside(OnboardingSession session, String header, Node chooser, Runnable then) {
        var config = session.draft().config();
        var analysis = session.loaded().analysis();
        HBox box = new HBox(6, chooser);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(chooser, Priority.ALWAYS);
        // The picker gives way to the button or name, which are never cut to "...".
        if (chooser instanceof javafx.scene.layout.Region region) {
            region.setMinWidth(MIN_CHOOSER);
        }
        config.customKpis().stream().filter(k -> k.column().equals(header)).findFirst().map(CustomKpi::name).ifPresentOrElse(
                name -> {
                    Label made = new Label(session.context().text("custom.made", name));
                    made.setId("customKpiOf-" + id(header));
                    made.getStyleClass().add("custom-kpi-made");
                    made.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    box.getChildren().add(made);
                },
                () -> {
                    if (analysis.customKpiCandidates(config).contains(header)) {
                        Button make = new Button(session.context().text("custom.make"));
                        make.setId("makeKpi-" + id(header));
                        make.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                        make.setOnAction(e -> open(session, header, then));
                        box.getChildren().add(make);
                    }
                });
        return box;
    }

    /// Opens the dialog for `header`, its thresholds already being suggested.
    public static void open(OnboardingSession session, String header, Runnable then) {
        CustomKpiViewModel model = new CustomKpiViewModel(session, header);
        CustomKpiDialog dialog = new CustomKpiDialog(model, session.context().messages(), then);
        model.suggest();
        dialog.show();
    }

    private static String id(String header) {
        return header.replaceAll("[^A-Za-z0-9]+", "_");
    }
}
