package org.csm.onboarding.ui.onboarding;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/// One page of the wizard: its title, its view, and why it cannot advance yet (empty when it can).
/// `enter` runs each time the step is shown, to pick up changes made elsewhere in the draft.
public interface WizardStep {

    String titleKey();

    Node view();

    ObservableStringValue blocker();

    void enter();

    /// False for a page before the numbered steps (the file check).
    default boolean numbered() {
        return true;
    }
}
