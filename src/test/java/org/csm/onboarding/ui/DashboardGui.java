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

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    static void shot(FxRobot robot, String name) throws Exception {
        Screenshots.save(robot, robot.listTargetWindows().getFirst().getScene().getRoot(), name);
    }
}
