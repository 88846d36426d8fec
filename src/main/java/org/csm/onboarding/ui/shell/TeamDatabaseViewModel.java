package org.csm.onboarding.ui.shell;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.csm.onboarding.service.TeamConnection;
import org.csm.onboarding.store.dialect.DbLocation;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.TaskRunner;

/// The "Connect to a team database" form: the URL, a password for this session only, and the
/// result of Test connection (run off the FX thread).
public final class TeamDatabaseViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;
    private final Map<String, String> env;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty testing = new SimpleBooleanProperty();
    private final BooleanProperty connected = new SimpleBooleanProperty();

    /// `onError` shows an unexpected failure of the test (a failed login is a result, not an error).
    public TeamDatabaseViewModel(Messages messages, TaskRunner tasks, Consumer<Throwable> onError, String initialUrl,
                                 Map<String, String> env) {
        this.messages = messages;
        this.tasks = tasks;
        this.onError = onError;
        this.env = env;
        url.set(initialUrl == null ? "" : initialUrl);
        url.addListener((o, a, b) -> connected.set(false));
        password.addListener((o, a, b) -> connected.set(false));
    }

    public StringProperty url() {
        return url;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty testing() {
        return testing;
    }

    /// True once Test connection succeeded for the URL and password as they are now.
    public BooleanProperty connected() {
        return connected;
    }

    /// The location typed in (with the session password, if one was typed), or empty with the
    /// reason in [#status()].
    public Optional<DbLocation.Postgres> location() {
        try {
            var location = DbLocation.Postgres.parse(url.get().strip(), env, null);
            return Optional.of(password.get().isEmpty() ? location
                    : location.withPassword(DbLocation.Secret.of(password.get().toCharArray())));
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return Optional.empty();
        }
    }

    /// Connects once and says what it found: who, how many workspaces, read-only or not.
    public void test() {
        Optional<DbLocation.Postgres> location = location();
        if (location.isEmpty()) {
            return;
        }
        testing.set(true);
        status.set(messages.text("team.testing"));
        tasks.run(messages.text("team.testing"), progress -> TeamConnection.check(location.get()), check -> {
            testing.set(false);
            connected.set(check.connected());
            status.set(describe(check));
        }, error -> {
            testing.set(false);
            onError.accept(error);
        });
    }

    private String describe(TeamConnection.Check check) {
        if (!check.connected()) {
            return check.needsPassword() ? messages.text("team.needsPassword", check.failure().getMessage())
                    : check.failure().getMessage();
        }
        return messages.text(check.canWrite() ? "team.connected" : "team.connectedReadOnly", check.location().describe(),
                check.workspaces());
    }
}
