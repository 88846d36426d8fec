package org.csm.onboarding.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;

/// Opens the database off the FX thread. Usually that takes a blink; after the app was stopped
/// mid-write (a crash, a kill, a power cut) H2 first recovers the file, which can take a while
/// on a big database: past [#SHOW_AFTER] a small window says what is happening.
final class StoreOpening {

    static final Duration SHOW_AFTER = Duration.seconds(1);

    private final Stage window = new Stage(StageStyle.UTILITY);

    /// `text`: what the window says (which database is being opened).
    StoreOpening(String title, String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(380);
        HBox content = new HBox(14, spinner, label);
        content.setPadding(new Insets(18));
        window.setTitle(title);
        window.setScene(new Scene(content));
        window.setResizable(false);
    }

    /// Runs `opening` in the background and hands its result to `opened` or `failed` on the FX
    /// thread; the window shows only while it takes longer than [#SHOW_AFTER].
    void run(Callable<Store> opening, Consumer<Store> opened, Consumer<StoreException> failed) {
        // Hiding this window before the main one shows must not end the app.
        boolean implicitExit = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        PauseTransition delay = new PauseTransition(SHOW_AFTER);
        delay.setOnFinished(e -> window.show());
        delay.play();
        CompletableFuture.supplyAsync(() -> {
            try {
                return opening.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }).whenComplete((store, error) -> Platform.runLater(() -> {
            delay.stop();
            window.hide();
            try {
                Throwable cause = error instanceof CompletionException c ? c.getCause() : error;
                if (cause == null) {
                    opened.accept(store);
                } else if (cause instanceof StoreException e) {
                    failed.accept(e);
                } else {
                    failed.accept(new StoreException(StoreException.Kind.OTHER, String.valueOf(cause.getMessage()), cause));
                }
            } finally {
                Platform.setImplicitExit(implicitExit);
            }
        }));
    }

    /// The window, for tests.
    Stage window() {
        return window;
    }
}
