package org.csm.onboarding.ui.onboarding;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/// Base of the five step views: the view is `root`, and the wizard's questions (can it
/// advance, entering the step) go straight to the view model.
public abstract class StepView<M extends StepModel> implements WizardStep {

    protected final VBox root = new VBox();
    protected final M model;
    private final String titleKey;

    protected StepView(String titleKey, M model) {
        this.titleKey = titleKey;
        this.model = model;
    }

    @Override
    public final String titleKey() {
        return titleKey;
    }

    @Override
    public final Node view() {
        return root;
    }

    @Override
    public final ObservableStringValue blocker() {
        return model.blocker();
    }

    @Override
    public void enter() {
        model.enter();
    }
}
