package org.csm.onboarding.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.csm.onboarding.store.Store;
import org.csm.onboarding.ui.common.DialogService;
import org.csm.onboarding.ui.common.FileOpener;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.SameThreadRunner;
import org.csm.onboarding.ui.common.UiContext;
import org.csm.onboarding.ui.onboarding.DraftStore;
import org.csm.onboarding.ui.shell.AppShell;
import org.testfx.api.FxRobot;

/// What the dashboard GUI tests share: the app on a stored workspace's dashboard at 1024x700,
/// reading a label, saving the window as a screenshot.
final class DashboardGui {

    private DashboardGui() {
    }

    static void show(Stage stage, Store store, FileOpener files, DialogService dialogs, String workspace) {
        UiContext ctx = UiContext.of(store, Messages.load(java.util.Locale.ROOT), new SameThreadRunner(), files, dialogs);
        AppShell shell = new AppShell(ctx, new DraftStore(store.dataDir()));
        stage.setScene(DesktopApp.scene(shell));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1024);
        stage.setHeight(700);
        shell.showDashboard(workspace);
        stage.show();
    }

    /// What a look renders; `suffix` names the screenshots ("-dark-1024x700").
    interface Look {
        void render(String suffix) throws Exception;
    }

    /// Runs `look` light and dark, at 1024x700 and at a large size (the headless screen is
    /// 1000x1000: the window stays inside it). Leaves the dark theme on.
    static void eachLook(FxRobot robot, Stage stage, Look look) throws Exception {
        for (String theme : new String[] {"light", "dark"}) {
            if (theme.equals("dark")) {
                robot.clickOn("#themeToggle");
            }
            for (int[] size : new int[][] {{1024, 700}, {1000, 940}}) {
                robot.interact(() -> {
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                look.render("-" + theme + "-" + size[0] + "x" + size[1]);
            }
        }
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    static void shot(FxRobot robot, String name) throws Exception {
        Screenshots.save(robot, robot.listTargetWindows().getFirst().getScene().getRoot(), name);
    }
}
