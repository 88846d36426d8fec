package org.csm.onboarding.ui.onboarding.custom;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.csm.onboarding.ui.onboarding.OnboardingSession;

/// What the mapping of a file column offers besides a field: "Make it a KPI" for a numeric
/// column no field or custom KPI reads; for a column a custom KPI reads, that KPI and Remove in
/// place of the field picker (the column counts once).
public final class CustomKpiAction {

    private static final double MIN_CHOOSER = 110;

    private CustomKpiAction() {
    }

    /// `chooser` (the column's field picker) with "Make it a KPI" beside it, or the custom KPI
    /// the column feeds with Remove instead of it.
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
        config.customKpiOf(header).ifPresentOrElse(
                kpi -> {
                    Label made = new Label(session.context().text("custom.made", kpi.name()));
                    made.setId("customKpiOf-" + id(header));
                    made.getStyleClass().add("custom-kpi-made");
                    made.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    Button remove = new Button(session.context().text("custom.remove"));
                    remove.setId("removeKpi-" + id(header));
                    remove.getStyleClass().add("flat");
                    remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    // After this event: re-reading replaces the table rows, including this button's.
                    remove.setOnAction(e -> javafx.application.Platform.runLater(() -> session.removeCustomKpi(kpi.key(), then)));
                    box.getChildren().setAll(made, remove);
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
