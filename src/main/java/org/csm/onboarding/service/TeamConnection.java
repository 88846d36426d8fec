package org.csm.onboarding.service;

import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.WorkspaceRepository;
import org.csm.onboarding.store.dialect.DbLocation;

/// "Test connection" for a team database: connects (creating the app's tables in a new, empty
/// database the role owns), counts the workspaces and asks whether the role may write. Never
/// changes a workspace.
public final class TeamConnection {

    /// What the test found; `failure` is null when it connected.
    public record Check(DbLocation location, String user, int workspaces, boolean canWrite, StoreException failure) {

        public boolean connected() {
            return failure == null;
        }

        /// The server wants a password nobody gave: ask for one.
        public boolean needsPassword() {
            return failure != null && failure.kind() == StoreException.Kind.LOGIN;
        }
    }

    private TeamConnection() {
    }

    public static Check check(DbLocation location) {
        try (Store store = Store.open(location)) {
            int workspaces = store.transaction(tx -> new WorkspaceRepository().list(tx)).size();
            return new Check(location, store.user(), workspaces, store.canWrite(), null);
        } catch (StoreException e) {
            return new Check(location, null, 0, false, e);
        }
    }
}
