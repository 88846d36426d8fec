package org.csm.onboarding.ui.dashboard;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.Button;
import javafx.stage.Window;

import org.csm.onboarding.service.ManualAccounts;
import org.csm.onboarding.ui.common.UiContext;
import org.csm.onboarding.ui.onboarding.accounts.ManualAccountDialog;

/// The dashboard's "Add account…" and "Edit account…" buttons (option C from the dashboard):
/// each opens the hand-entry form for the dashboard's workspace, the edit prefilled with the
/// selected account as stored; after a save `changed` runs so the dashboard shows the new scores.
final class ManualAccountActions {

    private ManualAccountActions() {
    }

    static List<Button> buttons(UiContext ctx, DashboardViewModel model, Supplier<Window> owner, Runnable changed) {
        Button add = new Button(ctx.text("dashboard.addAccount"));
        add.setId("addAccountButton");
        add.setOnAction(e -> ManualAccountDialog.open(ctx, owner.get(), model.workspace(), null, null, r -> changed.run()));
        Button edit = new Button(ctx.text("dashboard.editAccount"));
        edit.setId("editAccountButton");
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(e -> {
            if (model.selectedProperty().get() == null) {
                return;
            }
            // The stored account is read off the FX thread; the form opens when it is there.
            String id = model.selectedProperty().get().externalId();
            ctx.tasks().run(ctx.text("task.loadingAccount"), progress -> new ManualAccounts(ctx.store()).load(model.workspace(), id),
                    account -> account.ifPresent(a -> ManualAccountDialog.open(ctx, owner.get(), model.workspace(), a, null,
                            r -> changed.run())), ctx::fail);
        });
        return List.of(add, edit);
    }
}
