package org.csm.onboarding.ui.shell;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.csm.onboarding.service.AppInfo;
import org.csm.onboarding.ui.common.UiContext;

import java.nio.file.Path;
import java.util.function.Consumer;

/// Help > Open log folder and About (version and where the data lives), so a CSM can send the
/// log to support without hunting for hidden folders.
public final class HelpMenu {

    private HelpMenu() {
    }

    /// `openUri` shows a folder in the desktop's file manager (the application's HostServices).
    public static MenuButton create(UiContext ctx, Path dataDir, Consumer<String> openUri) {
        MenuButton help = new MenuButton(ctx.text("help.menu"));
        help.setId("helpMenu");
        MenuItem logs = new MenuItem(ctx.text("help.openLogFolder"));
        logs.setId("openLogFolder");
        Path logDir = dataDir.resolve("logs");
        logs.setOnAction(e -> {
            try {
                java.nio.file.Files.createDirectories(logDir);
                openUri.accept(logDir.toUri().toString());
            } catch (java.io.IOException | RuntimeException ex) {
                ctx.dialogs().showInfo(ctx.text("help.openLogFolder"), ctx.text("help.logFolderAt", logDir));
            }
        });
        MenuItem about = new MenuItem(ctx.text("help.about"));
        about.setId("about");
        about.setOnAction(e -> ctx.dialogs().showInfo(ctx.text("help.about"),
                ctx.text("help.aboutText", AppInfo.version(), dataDir, logDir)));
        help.getItems().addAll(logs, about);
        return help;
    }
}
