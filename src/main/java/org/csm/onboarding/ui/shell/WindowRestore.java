package org.csm.onboarding.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.ui.common.UiContext;

import java.nio.file.Path;

/// Puts the window back where the user left it (only if that spot is still on a screen), with
/// the same theme and, when no wizard is pending, the last workspace's dashboard; saves all of it
/// when the window closes.
public final class WindowRestore {

    private WindowRestore() {
    }

    public static void apply(Stage stage, AppShell shell, UiContext ctx, Path dataDir) {
        WindowSettings saved = WindowSettings.load(dataDir, stage.getScene().getWidth(), stage.getScene().getHeight());
        if (visible(saved)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double[] size = initialSize(screen.getWidth(), screen.getHeight());
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
            stage.setX(screen.getMinX() + (screen.getWidth() - size[0]) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - size[1]) / 2);
        }
        stage.setMaximized(saved.maximized());
        shell.darkTheme().set(saved.dark());
        String last = saved.lastWorkspace();
        if (last != null && !shell.hasDraft() && exists(ctx, last)) {
            shell.showDashboard(last);
        }
        stage.setOnHidden(e -> saved.withBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())
                .withDark(shell.darkTheme().get())
                .withLastWorkspace(shell.workspaceShown().get() != null ? shell.workspaceShown().get() : last)
                .save(dataDir));
    }

    /// The screens are laid out for 1024x700 upward.
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    /// Beyond this a wider window only stretches the tables' empty space.
    static final double MAX_WIDTH = 1680;
    static final double MAX_HEIGHT = 1050;

    /// A first start opens at 80% of the screen, within [1024x700, 1680x1050], and never larger
    /// than the screen itself (the old fixed 980x720 showed the dashboard's table 4 rows deep).
    static double[] initialSize(double screenWidth, double screenHeight) {
        return new double[] {fit(screenWidth, MIN_WIDTH, MAX_WIDTH), fit(screenHeight, MIN_HEIGHT, MAX_HEIGHT)};
    }

    private static double fit(double screen, double min, double max) {
        return Math.min(screen, Math.max(min, Math.min(max, Math.round(screen * 0.8))));
    }

    private static boolean visible(WindowSettings s) {
        if (Double.isNaN(s.x()) || Double.isNaN(s.y()) || s.width() < 400 || s.height() < 300) {
            return false;
        }
        // A window saved on a monitor that is gone would open off screen.
        return !Screen.getScreensForRectangle(new Rectangle2D(s.x(), s.y(), s.width(), s.height())).isEmpty();
    }

    private static boolean exists(UiContext ctx, String workspace) {
        try {
            return ctx.workspaces().find(workspace).isPresent();
        } catch (StoreException e) {
            return false;
        }
    }
}
