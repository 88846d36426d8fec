package org.csm.onboarding.ui.onboarding;

import javafx.beans.value.ObservableStringValue;

/// What every step's view model offers the wizard: why it cannot advance yet (empty when it
/// can) and a hook that runs each time the step is shown.
public interface StepModel {

    ObservableStringValue blocker();

    void enter();
}
