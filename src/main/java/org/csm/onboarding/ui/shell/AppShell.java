package org.csm.onboarding.ui.shell;

import org.csm.onboarding.ui.onboarding.check.FileCheckStep;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.ui.common.UiContext;
import org.csm.onboarding.ui.dashboard.DashboardView;
import org.csm.onboarding.ui.dashboard.DashboardViewModel;
import org.csm.onboarding.ui.dashboard.LoadingPane;
import org.csm.onboarding.ui.onboarding.DraftStore;
import org.csm.onboarding.ui.onboarding.OnboardingSession;
import org.csm.onboarding.ui.onboarding.WizardDraft;
import org.csm.onboarding.ui.onboarding.WizardStep;
import org.csm.onboarding.ui.onboarding.accounts.AccountsStep;
import org.csm.onboarding.ui.onboarding.goals.GoalsStep;
import org.csm.onboarding.ui.onboarding.kpis.KpisStep;
import org.csm.onboarding.ui.onboarding.ranges.RangesStep;
import org.csm.onboarding.ui.onboarding.weights.WeightsStep;

/// Navigation between the start screen, the wizard and the dashboard, with the theme switch.
public final class AppShell {

    private final UiContext ctx;
    private final DraftStore drafts;
    private final BorderPane root = new BorderPane();
    private final HBox header;
    private final ToggleButton dark;
    private final javafx.beans.property.StringProperty workspaceShown = new javafx.beans.property.SimpleStringProperty();
    /// The accounts table's sort, filters and selection per workspace, kept while the dashboard
    /// is away (weights and ranges, an import) and given to the next one.
    private final Map<String, DashboardView.TableState> tableStates = new java.util.HashMap<>();

    public AppShell(UiContext ctx, DraftStore drafts) {
        this.ctx = ctx;
        this.drafts = drafts;
        root.getStyleClass().add("app-root");
        Label brand = new Label(ctx.text("app.title"));
        brand.getStyleClass().add("brand");
        dark = new ToggleButton(ctx.text("app.darkTheme"));
        dark.setId("themeToggle");
        dark.selectedProperty().addListener((o, a, on) -> javafx.application.Application.setUserAgentStylesheet(
                (on ? new PrimerDark() : new PrimerLight()).getUserAgentStylesheet()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(brand, spacer, dark);
        header.getStyleClass().add("app-header");
        root.setTop(header);
        root.centerProperty().addListener((o, old, now) -> {
            if (old instanceof DashboardView view) {
                tableStates.put(view.workspace(), view.state());
                // The scene can keep a detached screen alive (its focus owner): its accounts must
                // not stay beside the next dashboard's while that one loads.
                view.release();
            }
        });
        showStart();
    }

    public Parent root() {
        return root;
    }

    /// Adds a control (the Help menu) to the header, left of the theme switch.
    public void addHeaderItem(javafx.scene.Node item) {
        header.getChildren().add(header.getChildren().indexOf(dark), item);
    }

    public javafx.beans.property.BooleanProperty darkTheme() {
        return dark.selectedProperty();
    }

    /// The workspace whose dashboard is on screen (null elsewhere), remembered for the next start.
    public javafx.beans.property.ReadOnlyStringProperty workspaceShown() {
        return workspaceShown;
    }

    /// True when an unfinished wizard is waiting on the start screen.
    public boolean hasDraft() {
        return pendingDraft().isPresent();
    }

    /// A saved draft is only worth resuming once it has a file.
    private java.util.Optional<WizardDraft> pendingDraft() {
        return drafts.load().filter(d -> d.fileProperty().get() != null);
    }

    public void showStart() {
        Runnable resume = pendingDraft().<Runnable>map(d -> () -> resume(d)).orElse(null);
        root.setCenter(new StartView(ctx, this::open, resume, this::showDashboard));
    }

    /// Starts onboarding from a file (the start screen's buttons, drag-and-drop, "Open with").
    public void open(Path file) {
        WizardDraft draft = new WizardDraft();
        OnboardingSession session = new OnboardingSession(ctx, draft);
        session.open(file, () -> showWizard(session));
    }

    private void resume(WizardDraft draft) {
        OnboardingSession session = new OnboardingSession(ctx, draft);
        session.reload(() -> showWizard(session));
    }

    private void showWizard(OnboardingSession session) {
        WizardDraft draft = session.draft();
        drafts.save(draft);
        for (var o : draft.observables()) {
            o.addListener(x -> drafts.save(draft));
        }
        List<WizardStep> steps = List.of(new FileCheckStep(session), new GoalsStep(session), new WeightsStep(session), new RangesStep(session),
                new AccountsStep(session), new KpisStep(session, drafts::delete, this::showStart));
        int first = Math.clamp(draft.stepProperty().get(), 0, steps.size() - 1);
        WizardView wizard = new WizardView(ctx, steps, first, "nav.openDashboard",
                () -> showDashboard(draft.workspaceProperty().get()), this::cancelWizard);
        draft.stepProperty().bind(wizard.indexProperty());
        root.setCenter(wizard);
    }

    private void cancelWizard() {
        if (ctx.dialogs().confirm(ctx.text("nav.cancel.title"), ctx.text("nav.cancel.message"))) {
            drafts.delete();
            showStart();
        }
    }

    public void showDashboard(String workspace) {
        showDashboard(workspace, "");
    }

    /// Loads the dashboard off the FX thread (a progress bar and Cancel meanwhile); the new
    /// dashboard keeps the sort, filters and selection the workspace's last one had.
    private void showDashboard(String workspace, String changes) {
        DashboardViewModel model = new DashboardViewModel(ctx, workspace);
        root.setCenter(new LoadingPane(ctx));
        ctx.tasks().run(ctx.text("task.loadingDashboard"), model::read, loaded -> {
            model.show(loaded);
            model.changesProperty().set(changes);
            workspaceShown.set(workspace);
            DashboardView view = new DashboardView(ctx, model, () -> changeConfig(workspace, BandChanges.before(model.rows())),
                    this::showStart);
            view.setOnAccountsChanged(() -> showDashboard(workspace));
            root.setCenter(view);
            DashboardView.TableState state = tableStates.get(workspace);
            if (state != null) {
                view.restore(state);
            }
        }, error -> {
            showStart();
            if (!(error instanceof org.csm.onboarding.engine.CancelledException)) {
                ctx.fail(error);
            }
        });
    }

    /// Steps 2-3 over a stored workspace; Apply rescores it and the dashboard shows what changed.
    /// The workspace's accounts are read off the FX thread: at a million accounts that takes seconds.
    private void changeConfig(String workspace, BandChanges before) {
        record Stored(org.csm.onboarding.model.OnboardingConfig config, org.csm.onboarding.service.DraftScoring.Accounts accounts) {
        }
        ctx.tasks().run(ctx.text("task.loadingAccounts"),
                progress -> new Stored(ctx.workspaces().config(workspace), ctx.overview().draftAccounts(workspace)), stored -> {
                    WizardDraft draft = new WizardDraft();
                    draft.configProperty().set(stored.config());
                    draft.workspaceProperty().set(workspace);
                    OnboardingSession session = new OnboardingSession(ctx, draft);
                    session.useStoredAccounts(stored.accounts());
                    List<WizardStep> steps = List.of(new WeightsStep(session), new RangesStep(session));
                    root.setCenter(new WizardView(ctx, steps, 0, "nav.apply", () -> apply(workspace, draft, before),
                            () -> showDashboard(workspace)));
                }, ctx::fail);
    }

    /// The accounts that changed band are found off the FX thread too (a map of every account
    /// made on it stalled the window for seconds at a million).
    private void apply(String workspace, WizardDraft draft, BandChanges before) {
        ctx.tasks().run(ctx.text("task.rescoring"), progress -> {
            ctx.workspaces().changeConfig(workspace, draft.config(), progress);
            return before.describe(ctx, ctx.overview().rows(workspace));
        }, changes -> showDashboard(workspace, changes), ctx::fail);
    }
}
