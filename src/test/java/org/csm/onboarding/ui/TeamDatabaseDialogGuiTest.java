package org.csm.onboarding.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.testdb.PostgresServer;
import org.csm.onboarding.testdb.TestDatabase;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.RecordingDialogs;
import org.csm.onboarding.ui.common.SameThreadRunner;
import org.csm.onboarding.ui.shell.TeamDatabaseDialog;
import org.csm.onboarding.ui.shell.TeamDatabaseSetting;

/// "Connect to a team database", headless against the test PostgreSQL server: a wrong URL is
/// explained, Use stays off until Test connection succeeds, a password typed in is used for
/// the session and the saved setting holds the URL only.
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class TeamDatabaseDialogGuiTest {

    @TempDir
    static Path dataDir;

    private TeamDatabaseDialog dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialog = new TeamDatabaseDialog(Messages.load(Locale.ROOT), new SameThreadRunner(), new RecordingDialogs(), "",
                null, Map.of(), DbLocation.h2(dataDir));
        dialog.initOwner(stage);
        dialog.show();
    }

    @Test
    void testConnectionThenUseTheTeamDatabase(FxRobot robot) throws Exception {
        TestDatabase.assumePostgres();
        String url = PostgresServer.shared().createDatabase("gui");
        TextField urlField = robot.lookup("#teamUrl").queryAs(TextField.class);
        PasswordField password = robot.lookup("#teamPassword").queryAs(PasswordField.class);
        Button test = robot.lookup("#teamTest").queryButton();
        Button use = robot.lookup("#teamUse").queryButton();
        Label status = robot.lookup("#teamStatus").queryAs(Label.class);
        assertTrue(use.isDisabled(), "nothing tested yet");

        robot.interact(() -> {
            urlField.setText("postgres://" + url);
            test.fire();
        });
        assertTrue(status.getText().contains("jdbc:postgresql://HOST:PORT/DATABASE"), status.getText());

        robot.interact(() -> {
            urlField.setText(url);
            test.fire();
        });
        assertTrue(status.getText().contains("password"), status.getText());
        assertTrue(use.isDisabled());
        Screenshots.save(robot, dialog.getDialogPane(), "team-database-needs-password");

        robot.interact(() -> {
            password.setText(PostgresServer.ADMIN_PASSWORD);
            test.fire();
        });
        assertTrue(status.getText().startsWith("Connected to 127.0.0.1:"), status.getText());
        assertTrue(status.getText().contains("0 workspaces. You can read and change them."), status.getText());
        assertFalse(use.isDisabled());
        Screenshots.save(robot, dialog.getDialogPane(), "team-database-connected");

        robot.interact(use::fire);
        DbLocation chosen = dialog.getResult();
        DbLocation.Postgres pg = assertInstanceOf(DbLocation.Postgres.class, chosen);
        assertEquals(url, pg.url());
        TeamDatabaseSetting.save(dataDir, chosen);
        assertEquals(url, TeamDatabaseSetting.savedUrl(dataDir).orElseThrow());
        assertFalse(java.nio.file.Files.readString(dataDir.resolve("team-database.url")).contains(PostgresServer.ADMIN_PASSWORD));
        assertInstanceOf(DbLocation.Postgres.class, TeamDatabaseSetting.location(dataDir, Map.of()));
        TeamDatabaseSetting.save(dataDir, DbLocation.h2(dataDir));
        assertInstanceOf(DbLocation.H2Folder.class, TeamDatabaseSetting.location(dataDir, Map.of()));
    }
}
