package org.csm.onboarding.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/// Labels for sentences of varying length (file facts, problems, notes).
public final class Labels {

    private Labels() {
    }

    /// A label that wraps within its container instead of running off it and never shrinks below
    /// its text; `styleClass` may be null.
    public static Label wrapping(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
