package org.csm.onboarding.ui.shell;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.ui.common.UiContext;

/// The header's database switch: says where the data is ("This computer's data", "Team:
/// db.example:5432/onboarding as priya", with "(read-only)" for a read-only role) and opens
/// [TeamDatabaseDialog].
public final class TeamDatabaseButton {

    private TeamDatabaseButton() {
    }

    public static Button create(UiContext ctx, Runnable open) {
        Store store = ctx.store();
        String text = store.location() instanceof DbLocation.Postgres pg
                ? ctx.text(store.canWrite() ? "team.button.team" : "team.button.readOnly", pg.describe())
                : ctx.text("team.button.local");
        Button button = new Button(text);
        button.setId("teamDatabase");
        button.getStyleClass().add("flat");
        button.setTooltip(new Tooltip(store.canWrite() ? ctx.text("team.title") : ctx.text("team.readOnlyNotice")));
        button.setOnAction(e -> open.run());
        return button;
    }
}
