package org.csm.onboarding.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.csm.onboarding.service.BundledSample;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.Workspace;
import org.csm.onboarding.ui.common.UiContext;

/// The first screen: open a customer file (button or drag and drop), try the sample, resume the
/// saved draft, or open a workspace imported before.
final class StartView extends VBox {

    StartView(UiContext ctx, Consumer<Path> open, Runnable resume, Consumer<String> openWorkspace) {
        getStyleClass().add("start-view");
        Label title = new Label(ctx.text("start.title"));
        title.getStyleClass().add("title-1");
        Label intro = new Label(ctx.text("start.intro"));
        intro.setWrapText(true);
        Button openButton = new Button(ctx.text("start.open"));
        openButton.setId("openButton");
        openButton.getStyleClass().add("accent");
        openButton.setOnAction(e -> ctx.files().chooseCustomerFile(getScene().getWindow()).ifPresent(open));
        Button sample = new Button(ctx.text("start.sample"));
        sample.setId("sampleButton");
        sample.setOnAction(e -> open.accept(BundledSample.path()));
        HBox buttons = new HBox(openButton, sample);
        buttons.getStyleClass().add("button-row");
        if (resume != null) {
            Button resumeButton = new Button(ctx.text("start.resume"));
            resumeButton.setId("resumeButton");
            resumeButton.setOnAction(e -> resume.run());
            buttons.getChildren().add(resumeButton);
        }
        Label drop = new Label(ctx.text("start.drop"));
        drop.setId("dropZone");
        drop.getStyleClass().add("drop-zone");
        drop.setMaxWidth(Double.MAX_VALUE);
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                open.accept(e.getDragboard().getFiles().getFirst().toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        Label recentTitle = new Label(ctx.text("start.recent"));
        recentTitle.getStyleClass().add("section-title");
        ListView<Workspace> recent = new ListView<>();
        recent.setId("recentList");
        recent.setPlaceholder(new Label(ctx.text("start.recent.empty")));
        recent.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Workspace ws, boolean empty) {
                super.updateItem(ws, empty);
                setText(empty || ws == null ? null : ctx.text("start.recent.item", ws.name(),
                        ws.lastImport().map(org.csm.onboarding.ui.common.Formats::when).orElse(ctx.text("start.recent.never"))));
            }
        });
        recent.setOnMouseClicked(e -> open(recent, openWorkspace));
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open(recent, openWorkspace);
            }
        });
        try {
            recent.getItems().setAll(ctx.workspaces().workspaces());
        } catch (StoreException e) {
            ctx.fail(e);
        }
        recent.setPrefHeight(220);
        // The list takes the rest of the window rather than leaving an empty band below it.
        VBox.setVgrow(recent, Priority.ALWAYS);
        getChildren().addAll(title, intro, buttons, drop, recentTitle, recent);
    }

    private static void open(ListView<Workspace> list, Consumer<String> openWorkspace) {
        Workspace ws = list.getSelectionModel().getSelectedItem();
        if (ws != null) {
            openWorkspace.accept(ws.name());
        }
    }
}
