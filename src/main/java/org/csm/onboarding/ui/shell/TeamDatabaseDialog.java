package org.csm.onboarding.ui.shell;

import java.util.Map;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.ui.common.DialogService;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.TaskRunner;
import org.csm.onboarding.ui.common.UserErrors;

/// "Connect to a team database": the PostgreSQL URL, a password kept for this session only,
/// Test connection, then Use team database (remembered without the password) or Use this
/// computer's database. The result is the location to open, or null when cancelled.
public final class TeamDatabaseDialog extends Dialog<DbLocation> {

    private static final String STYLESHEET = "/org/csm/onboarding/ui/app.css";

    private final TeamDatabaseViewModel model;

    /// `message` replaces the hint (e.g. why the saved team database did not open).
    public TeamDatabaseDialog(Messages ctx, TaskRunner tasks, DialogService dialogs, String url, String message,
                              Map<String, String> env, DbLocation localDatabase) {
        this.model = new TeamDatabaseViewModel(ctx, tasks,
                error -> dialogs.showError(ctx.text("error.title"), UserErrors.describe(error, ctx)), url, env);
        setTitle(ctx.text("team.title"));
        setHeaderText(ctx.text("team.header"));
        setResizable(true);
        ButtonType use = new ButtonType(ctx.text("team.use"), ButtonBar.ButtonData.OK_DONE);
        ButtonType local = new ButtonType(ctx.text("team.local"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(use, local, ButtonType.CANCEL);
        var css = TeamDatabaseDialog.class.getResource(STYLESHEET);
        if (css != null) {
            getDialogPane().getStylesheets().add(css.toExternalForm());
        }

        TextField urlField = new TextField();
        urlField.setId("teamUrl");
        urlField.setPromptText("jdbc:postgresql://HOST:5432/onboarding?user=NAME");
        urlField.setPrefColumnCount(40);
        urlField.textProperty().bindBidirectional(model.url());
        PasswordField password = new PasswordField();
        password.setId("teamPassword");
        password.setPromptText(ctx.text("team.passwordPrompt"));
        password.textProperty().bindBidirectional(model.password());
        Button test = new Button(ctx.text("team.test"));
        test.setId("teamTest");
        test.disableProperty().bind(model.testing());
        test.setOnAction(e -> model.test());
        Label status = new Label();
        status.setId("teamStatus");
        status.setWrapText(true);
        status.setMaxWidth(560);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(model.status());
        model.status().set(message == null ? ctx.text("team.hint") : message);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, fieldLabel(ctx.text("team.url")), urlField);
        grid.addRow(1, fieldLabel(ctx.text("team.password")), password);
        grid.add(test, 1, 2);
        grid.add(status, 0, 3, 2, 1);
        GridPane.setHgrow(urlField, Priority.ALWAYS);
        getDialogPane().setContent(grid);

        Button useButton = (Button) getDialogPane().lookupButton(use);
        useButton.setId("teamUse");
        // Only a tested connection can be chosen, so the app never switches to a dead server.
        useButton.disableProperty().bind(model.connected().not());
        getDialogPane().lookupButton(local).setId("teamLocal");
        setResultConverter(button -> {
            if (button == use) {
                return model.location().orElse(null);
            }
            return button == local ? localDatabase : null;
        });
    }

    public TeamDatabaseViewModel model() {
        return model;
    }

    /// A label that keeps its whole text: the grid otherwise gives the fields all the room and
    /// shows "..." for "URL" and "Password".
    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
