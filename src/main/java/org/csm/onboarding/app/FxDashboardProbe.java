package org.csm.onboarding.app;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.csm.onboarding.cli.PauseProbe;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.ui.DesktopApp;
import org.csm.onboarding.ui.common.FxDialogService;
import org.csm.onboarding.ui.common.FxFileOpener;
import org.csm.onboarding.ui.common.FxTaskRunner;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.UiContext;
import org.csm.onboarding.ui.dashboard.DashboardView;
import org.csm.onboarding.ui.onboarding.DraftStore;
import org.csm.onboarding.ui.shell.AppShell;

/// The `dashboard_fx_pause` stage of `bench`: the desktop app's dashboard on a stored workspace
/// in a 1024x700 window (JavaFX headless, the app's own task runner), then what a CSM does on
/// it: sort, type in the search box, filter, select an account, open the charts. Each action is
/// timed from its first event until the screen has settled (nothing loading, one more render),
/// with the longest gap between two pulses meanwhile: how long the window was frozen.
final class FxDashboardProbe {

    /// Time between keystrokes in the search box: a fast typist.
    private static final long KEYSTROKE_MS = 80;
    /// Waited once nothing loads any more, so the action's last layout and render are counted.
    private static final long SETTLE_MS = 250;
    private static final long TIMEOUT_MS = 180_000;

    private final GapTimer timer = new GapTimer();
    private UiContext ctx;
    private AppShell shell;
    private Stage stage;

    /// Longest pause and time until done of each action, in milliseconds.
    PauseProbe.Dashboard measure(Store store, String workspace) throws Exception {
        FxPauseProbe.startFx();
        var drafts = new DraftStore(Files.createTempDirectory("dashboard-probe"));
        onFx(() -> {
            timer.start();
            Messages messages = Messages.load(Locale.ROOT);
            ctx = UiContext.of(store, messages, new FxTaskRunner(), new FxFileOpener(messages), new FxDialogService());
            shell = new AppShell(ctx, drafts);
            stage = new Stage();
            stage.setScene(DesktopApp.scene(shell));
            stage.setWidth(1024);
            stage.setHeight(700);
            stage.show();
            return null;
        });
        timer.awaitWarm();
        var pauses = new LinkedHashMap<String, Double>();
        var done = new LinkedHashMap<String, Double>();
        try {
            // Opened twice: the first time also loads and compiles the screens' code (a fresh
            // start's cost, whatever the accounts), the second is what each later opening costs.
            time(new Action("open", List.of(() -> shell.showDashboard(workspace))), pauses, done);
            time(new Action("open_again", List.of(() -> shell.showDashboard(workspace))), pauses, done);
            TableView<?> table = find("#accountsTable");
            TextField search = find("#searchField");
            ComboBox<Object> segment = find("#segmentFilter");
            ComboBox<Object> csm = find("#csmFilter");
            ComboBox<Object> status = find("#statusFilter");
            List<Action> actions = List.of(
                    new Action("sort_name", List.of(() -> sortBy(table, "col-account", TableColumn.SortType.ASCENDING))),
                    new Action("sort_score", List.of(() -> sortBy(table, "col-score", TableColumn.SortType.DESCENDING))),
                    new Action("sort_off", List.of(() -> table.getSortOrder().clear())),
                    new Action("search_acme", typing(search, "acme")),
                    new Action("search_clear", List.of(() -> search.setText(""))),
                    new Action("search_jade_wave", typing(search, "jade wave")),
                    new Action("search_clear_again", List.of(() -> search.setText(""))),
                    new Action("filter_status", List.of(() -> status.setValue(HealthStatus.AT_RISK))),
                    new Action("filter_segment", List.of(() -> segment.setValue(segment.getItems().get(1)))),
                    new Action("filter_csm", List.of(() -> csm.setValue(csm.getItems().get(1)))),
                    new Action("filter_clear", List.of(() -> {
                        status.setValue(null);
                        segment.setValue(null);
                        csm.setValue(null);
                    })),
                    new Action("select", List.of(() -> table.getSelectionModel().select(3),
                            () -> table.getSelectionModel().select(20))),
                    new Action("charts", List.of(() -> this.<TabPane>lookup("#dashboardTabs").getSelectionModel().selectLast())));
            for (Action action : actions) {
                time(action, pauses, done);
            }
        } finally {
            onFx(() -> {
                timer.stop();
                stage.close();
                return null;
            });
        }
        return new PauseProbe.Dashboard(pauses, done);
    }

    /// One keystroke after the other: the text grows a letter at a time, as typed.
    private static List<Runnable> typing(TextField field, String text) {
        return java.util.stream.IntStream.rangeClosed(1, text.length())
                .<Runnable>mapToObj(n -> () -> field.setText(text.substring(0, n))).toList();
    }

    /// What a click on a column header does: that column alone, in `type` order.
    private static void sortBy(TableView<?> table, String columnId, TableColumn.SortType type) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (columnId.equals(column.getId())) {
                column.setSortType(type);
                @SuppressWarnings("unchecked")
                var order = (javafx.collections.ObservableList<TableColumn<?, ?>>) (Object) table.getSortOrder();
                order.setAll(List.of(column));
                return;
            }
        }
        throw new IllegalStateException("no column " + columnId);
    }

    /// A user action: its events, [#KEYSTROKE_MS] apart.
    private record Action(String name, List<Runnable> steps) {
    }

    /// Runs the action's events on the FX thread and waits until the screen has settled.
    private void time(Action action, Map<String, Double> pauses, Map<String, Double> done) throws Exception {
        long start = System.nanoTime();
        onFx(() -> {
            timer.restart();
            return null;
        });
        for (int i = 0; i < action.steps().size(); i++) {
            if (i > 0) {
                Thread.sleep(KEYSTROKE_MS);
            }
            Runnable step = action.steps().get(i);
            onFx(() -> {
                step.run();
                return null;
            });
        }
        while (!onFx(this::settled)) {
            if ((System.nanoTime() - start) / 1_000_000 > TIMEOUT_MS) {
                throw new IllegalStateException(action.name() + " did not finish within " + TIMEOUT_MS / 1000 + " s");
            }
            Thread.sleep(10);
        }
        double until = (System.nanoTime() - start) / 1e6;
        Thread.sleep(SETTLE_MS);
        double longest = onFx(() -> {
            timer.measuring = false;
            return timer.maxGapNanos / 1e6;
        });
        pauses.put(action.name(), Math.round(longest * 10) / 10.0);
        done.put(action.name(), Math.round(until * 10) / 10.0);
    }

    private <T extends Node> T find(String id) throws Exception {
        return onFx(() -> lookup(id));
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T lookup(String id) {
        Node node = stage.getScene().lookup(id);
        if (node == null) {
            throw new IllegalStateException("the dashboard has no " + id);
        }
        return (T) node;
    }

    /// True when the dashboard is on screen and nothing loads (FX thread).
    private boolean settled() {
        if (!(shell.root() instanceof javafx.scene.layout.BorderPane root) || !(root.getCenter() instanceof DashboardView)) {
            return false;
        }
        Node busy = stage.getScene().lookup("#dashboardBusy");
        return !ctx.tasks().runningProperty().get() && (busy == null || !busy.isVisible());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
