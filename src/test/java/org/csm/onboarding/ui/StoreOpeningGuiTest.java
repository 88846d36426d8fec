package org.csm.onboarding.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;

/// Opening the database never blocks the FX thread, and an open that takes longer than a second
/// (H2 recovering a file after a crash) shows a window saying so, gone once the store is open.
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class StoreOpeningGuiTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private StoreOpening opening;

    private Store open(long delayMillis, AtomicBoolean shownWhileOpening, AtomicReference<StoreException> failure)
            throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Store> result = new AtomicReference<>();
        Platform.runLater(() -> {
            opening = new StoreOpening("CSM Onboarding", "Opening the database " + dir);
            opening.run(() -> {
                Thread.sleep(delayMillis);
                // The FX thread is free meanwhile: it can tell whether the window is up.
                CountDownLatch asked = new CountDownLatch(1);
                Platform.runLater(() -> {
                    shownWhileOpening.set(opening.window().isShowing());
                    asked.countDown();
                });
                asked.await(5, TimeUnit.SECONDS);
                return Store.open(dir);
            }, store -> {
                result.set(store);
                done.countDown();
            }, e -> {
                failure.set(e);
                done.countDown();
            });
        });
        assertTrue(done.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        return result.get();
    }

    @Test
    void aSlowOpenShowsProgressUntilTheStoreIsOpen() throws Exception {
        AtomicBoolean shown = new AtomicBoolean();
        AtomicReference<StoreException> failure = new AtomicReference<>();
        try (Store store = open(1_600, shown, failure)) {
            assertNotNull(store, () -> String.valueOf(failure.get()));
            assertTrue(shown.get(), "the progress window shows after a second");
            assertFalse(opening.window().isShowing(), "and goes once the store is open");
        }
    }

    @Test
    void aQuickOpenShowsNothing() throws Exception {
        AtomicBoolean shown = new AtomicBoolean();
        try (Store store = open(0, shown, new AtomicReference<>())) {
            assertNotNull(store);
            assertFalse(shown.get());
            assertFalse(opening.window().isShowing());
        }
    }

    @Test
    void aFailedOpenIsHandedBackOnTheFxThread() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("onboarding.mv.db"), "not a database".repeat(300));
        AtomicReference<StoreException> failure = new AtomicReference<>();
        assertEquals(null, open(0, new AtomicBoolean(), failure));
        assertEquals(StoreException.Kind.CORRUPT, failure.get().kind());
    }
}
