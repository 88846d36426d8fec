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

    /// Puts `children` in `root` inside a vertical scroll: on a large window they fill the height
    /// (a child given Vgrow takes the rest), at 1024x700 the step scrolls instead of crushing a table.
    protected javafx.scene.control.ScrollPane scrollable(String id, Node... children) {
        VBox content = new VBox(children);
        content.getStyleClass().add("step-scroll-content");
        content.spacingProperty().bind(root.spacingProperty());
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.viewportBoundsProperty().addListener((o, a, b) -> content.setMinHeight(b.getHeight()));
        root.getChildren().add(scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        return scroll;
    }
}
