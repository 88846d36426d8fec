package org.csm.onboarding.ui;

import java.nio.file.Path;
import java.util.Locale;

import javafx.stage.Stage;

import org.csm.onboarding.store.Store;
import org.csm.onboarding.ui.common.DialogService;
import org.csm.onboarding.ui.common.FakeFileOpener;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.SameThreadRunner;
import org.csm.onboarding.ui.common.UiContext;
import org.csm.onboarding.ui.onboarding.DraftStore;
import org.csm.onboarding.ui.shell.AppShell;

/// What the wizard GUI tests share: the app on its start screen at 1024x700 over a new
/// database in `dir`, background work run on the calling thread, files chosen from `dir`.
record WizardGui(Store store, UiContext ctx, AppShell shell) {

    static WizardGui open(Stage stage, Path dir, DialogService dialogs) throws Exception {
        Store store = Store.open(dir.resolve("db-" + System.nanoTime()));
        UiContext ctx = UiContext.of(store, Messages.load(Locale.ROOT), new SameThreadRunner(), new FakeFileOpener(dir), dialogs);
        AppShell shell = new AppShell(ctx, new DraftStore(store.dataDir()));
        stage.setScene(DesktopApp.scene(shell));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
        return new WizardGui(store, ctx, shell);
    }
}
