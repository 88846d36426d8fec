package org.csm.onboarding.ui;

import java.nio.file.Path;
import java.util.Map;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.ui.common.FxDialogService;
import org.csm.onboarding.ui.common.FxFileOpener;
import org.csm.onboarding.ui.common.FxTaskRunner;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.UiContext;
import org.csm.onboarding.ui.onboarding.DraftStore;
import org.csm.onboarding.ui.shell.AppShell;
import org.csm.onboarding.ui.shell.HelpMenu;
import org.csm.onboarding.ui.shell.TeamDatabaseButton;
import org.csm.onboarding.ui.shell.TeamDatabaseDialog;
import org.csm.onboarding.ui.shell.TeamDatabaseSetting;
import org.csm.onboarding.ui.shell.WindowRestore;

/// The desktop application. `app.Main` calls [#launch] when no command-line command is given.
public final class DesktopApp extends Application {

    public static final double WIDTH = 980;
    public static final double HEIGHT = 720;
    public static final String STYLESHEET = "/org/csm/onboarding/ui/app.css";
    /// The packaged app's self-test: open the window, import the bundled sample into a
    /// throw-away database, score it, exit 0 (or 1 when anything failed).
    public static final String SMOKE = "--smoke";

    /// JavaFX creates the Application itself, so the launcher hands the data folder over here.
    private static volatile Path dataDir;

    private Store store;

    /// Opens the window with its data in `dataFolder` and returns when it is closed.
    public static void launch(String[] args, Path dataFolder) {
        dataDir = dataFolder;
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.load();
        boolean smoke = getParameters().getRaw().contains(SMOKE);
        Path dataDir = smoke ? SmokeCheck.tempDataDir() : DesktopApp.dataDir;
        FxDialogService dialogs = new FxDialogService();
        Map<String, String> env = System.getenv();
        DbLocation location = smoke ? DbLocation.h2(dataDir) : TeamDatabaseSetting.location(dataDir, env);
        new StoreOpening(messages.text("app.title"), messages.text("opening.text", location.describe())).run(
                () -> Store.open(location),
                opened -> begin(stage, opened, smoke, dataDir, messages, dialogs, env),
                failure -> begin(stage, openOrAsk(location, failure, dataDir, messages, dialogs, env), smoke, dataDir,
                        messages, dialogs, env));
    }

    /// The rest of the start once the database is open (`opened` null: the user gave up).
    private void begin(Stage stage, Store opened, boolean smoke, Path dataDir, Messages messages, FxDialogService dialogs,
                       Map<String, String> env) {
        store = opened;
        if (store == null) {
            Platform.exit();
            return;
        }
        stage.setTitle(messages.text("app.title"));
        AppShell shell = show(stage, dataDir, messages, dialogs, env);
        if (!smoke) {
            WindowRestore.apply(stage, shell, ctx, dataDir);
        }
        stage.show();
        // "Open with" from the desktop passes the file as the only argument.
        getParameters().getUnnamed().stream().map(Path::of).filter(java.nio.file.Files::isRegularFile)
                .findFirst().ifPresent(shell::open);
        if (smoke) {
            SmokeCheck.runAndExit(store);
        }
    }

    private UiContext ctx;

    /// Builds the window's content over the open store.
    private AppShell show(Stage stage, Path dataDir, Messages messages, FxDialogService dialogs, Map<String, String> env) {
        ctx = UiContext.of(store, messages, new FxTaskRunner(), new FxFileOpener(messages), dialogs);
        AppShell shell = new AppShell(ctx, new DraftStore(dataDir));
        shell.addHeaderItem(TeamDatabaseButton.create(ctx, () -> switchDatabase(stage, dataDir, messages, dialogs, env)));
        shell.addHeaderItem(HelpMenu.create(ctx, dataDir, getHostServices()::showDocument));
        stage.setScene(scene(shell));
        store.readOnlyReason().ifPresent(reason -> shell.addHeaderItem(readOnlyBadge(messages, reason)));
        if (!store.canWrite()) {
            dialogs.showInfo(messages.text(store.readOnlyReason().isPresent() ? "readOnly.title" : "team.title"),
                    store.readOnlyReason().orElse(messages.text("team.readOnlyNotice")));
        }
        return shell;
    }

    /// A local database opened for viewing only says so in the header, with the reason (which
    /// file or folder is read-only) a hover away.
    private static javafx.scene.Node readOnlyBadge(Messages messages, String reason) {
        javafx.scene.control.Label badge = new javafx.scene.control.Label(messages.text("readOnly.badge"));
        badge.getStyleClass().addAll("readonly-badge", atlantafx.base.theme.Styles.WARNING);
        badge.setTooltip(new javafx.scene.control.Tooltip(reason));
        return badge;
    }

    /// Opens `location` (unless it already failed with `failure`); when a team database does not
    /// open (no password yet, server down), the team database dialog says why and lets the user
    /// fix it or use the local database.
    private static Store openOrAsk(DbLocation location, StoreException failure, Path dataDir, Messages messages,
                                   FxDialogService dialogs, Map<String, String> env) {
        DbLocation next = location;
        StoreException last = failure;
        while (next != null) {
            if (last == null) {
                try {
                    return Store.open(next);
                } catch (StoreException e) {
                    last = e;
                }
            }
            if (!(next instanceof DbLocation.Postgres pg)) {
                dialogs.showError(messages.text("error.title"), last.getMessage());
                return null;
            }
            next = new TeamDatabaseDialog(messages, new FxTaskRunner(), dialogs, pg.url(), last.getMessage(), env,
                    DbLocation.h2(dataDir)).showAndWait().orElse(null);
            last = null;
        }
        return null;
    }

    /// The header button: choose another database, remember it (URL only), reopen the window on it.
    private void switchDatabase(Stage stage, Path dataDir, Messages messages, FxDialogService dialogs,
                                Map<String, String> env) {
        String current = store.location() instanceof DbLocation.Postgres pg ? pg.url()
                : TeamDatabaseSetting.savedUrl(dataDir).orElse("");
        TeamDatabaseDialog dialog = new TeamDatabaseDialog(messages, new FxTaskRunner(), dialogs, current, null, env,
                DbLocation.h2(dataDir));
        dialog.initOwner(stage);
        DbLocation chosen = dialog.showAndWait().orElse(null);
        if (chosen == null) {
            return;
        }
        Store opened = openOrAsk(chosen, null, dataDir, messages, dialogs, env);
        if (opened == null) {
            return;
        }
        try {
            TeamDatabaseSetting.save(dataDir, chosen);
        } catch (java.io.IOException e) {
            dialogs.showError(messages.text("error.title"), messages.text("team.saveFailed", e.getMessage()));
        }
        store.close();
        store = opened;
        show(stage, dataDir, messages, dialogs, env);
    }

    /// The scene with the theme and our stylesheet, as the app and the GUI tests use it.
    public static Scene scene(AppShell shell) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(shell.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(DesktopApp.class.getResource(STYLESHEET).toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
    }
}
