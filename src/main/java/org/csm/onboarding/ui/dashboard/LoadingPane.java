package org.csm.onboarding.ui.dashboard;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

import org.csm.onboarding.ui.common.UiContext;

/// Shown while a dashboard loads off the FX thread: what it is doing, how far, and Cancel.
public final class LoadingPane extends VBox {

    public LoadingPane(UiContext ctx) {
        Label message = new Label();
        message.setId("loadingMessage");
        message.textProperty().bind(ctx.tasks().messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("loadingProgress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(ctx.tasks().progressProperty());
        Button cancel = new Button(ctx.text("manual.cancel"));
        cancel.setId("loadingCancel");
        cancel.setOnAction(e -> ctx.tasks().cancel());
        getChildren().addAll(message, bar, cancel);
        getStyleClass().add("loading-pane");
    }
}
