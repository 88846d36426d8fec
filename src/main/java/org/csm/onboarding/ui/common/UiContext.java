package org.csm.onboarding.ui.common;

import org.csm.onboarding.service.AccountOverview;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.Store;

/// What every screen needs, wired once by the application (or a test): texts, the task runner,
/// the replaceable file and dialog services, and the use cases.
public record UiContext(Messages messages, TaskRunner tasks, FileOpener files, DialogService dialogs, Store store,
                        OnboardingService onboarding, WorkspaceService workspaces, AccountOverview overview) {

    public static UiContext of(Store store, Messages messages, TaskRunner tasks, FileOpener files, DialogService dialogs) {
        return new UiContext(messages, tasks, files, dialogs, store, new OnboardingService(store),
                new WorkspaceService(store), new AccountOverview(store));
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /// Shows a failure in a dialog, in words.
    public void fail(Throwable error) {
        dialogs.showError(text("error.title"), UserErrors.describe(error, messages));
    }
}
