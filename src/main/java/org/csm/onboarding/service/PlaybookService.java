package org.csm.onboarding.service;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.csm.onboarding.engine.playbook.PlaybookCatalog;
import org.csm.onboarding.store.ConfigRepository;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.Workspace;
import org.csm.onboarding.store.WorkspaceRepository;

/// A workspace's playbook catalogue: the edited copy kept with its configuration, or the
/// defaults until someone edits it.
public final class PlaybookService {

    private final Store store;
    private final WorkspaceRepository workspaces = new WorkspaceRepository();
    private final ConfigRepository configs = new ConfigRepository();

    public PlaybookService(Store store) {
        this.store = store;
    }

    /// The catalogue in force; the defaults when the workspace has none (or does not exist).
    public PlaybookCatalog catalog(String workspace) throws StoreException {
        Optional<String> stored = store.read(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            return ws.isEmpty() ? Optional.<String>empty() : configs.loadPlaybooks(tx, ws.get().id());
        });
        if (stored.isEmpty()) {
            return PlaybookCatalog.defaults();
        }
        try {
            return PlaybookCatalog.fromArrayJson(stored.get());
        } catch (IOException e) {
            // Only this class writes the text, after checking it: unreadable means a damaged row.
            throw new IllegalStateException("The stored playbooks of workspace \u201c" + workspace + "\u201d cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /// Saves an edited catalogue; IllegalArgumentException listing the problems when it would misbehave.
    public void save(String workspace, PlaybookCatalog catalog) throws StoreException {
        List<String> problems = catalog.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        write(workspace, catalog.toArrayJson());
    }

    /// Back to the default catalogue.
    public void reset(String workspace) throws StoreException {
        write(workspace, null);
    }

    private void write(String workspace, String array) throws StoreException {
        store.transaction(tx -> {
            workspaces.lock(tx, workspace);
            configs.savePlaybooks(tx, workspaces.getOrCreate(tx, workspace).id(), array);
            return null;
        });
    }
}
