package org.csm.onboarding.service;

import java.util.List;
import java.util.Optional;

import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.store.AccountRepository;
import org.csm.onboarding.store.ConfigRepository;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.Workspace;
import org.csm.onboarding.store.WorkspaceRepository;

/// The dashboard's read model: every current account of a workspace with its computed score and
/// the account data the dashboard filters and sums by (segment, CSM, revenue, the file's own
/// health_score), plus the accounts' KPI values for live what-if scoring.
public final class AccountOverview {

    private final Store store;
    private final WorkspaceRepository workspaces = new WorkspaceRepository();
    private final AccountRepository accounts = new AccountRepository();
    private final ConfigRepository configs = new ConfigRepository();

    public AccountOverview(Store store) {
        this.store = store;
    }

    /// One dashboard row. `fileHealthScore` is the file's health_score as read (its own scale).
    public record AccountSummary(String externalId, String name, String segment, String csm, String industry,
                                 Double revenue, Double fileHealthScore, HealthScore score) {
    }

    /// Every current account in external-id order with its score, computed from the stored
    /// accounts and the workspace configuration. Each summary is made when the list is read.
    public List<AccountSummary> accounts(String workspace) throws StoreException {
        AccountRows rows = rows(workspace);
        return rows.list(rows.byId());
    }

    /// The current accounts and their scores as columns (no accounts when the workspace does not exist).
    public AccountRows rows(String workspace) throws StoreException {
        return store.read(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            if (ws.isEmpty()) {
                return AccountRows.empty();
            }
            OnboardingConfig config = configs.load(tx, ws.get().id()).orElseGet(OnboardingConfig::defaults);
            return new AccountRows(new WorkspaceScorer().score(tx, ws.get().id(), config));
        });
    }

    /// The stored accounts, to preview a configuration change before applying it: the
    /// snapshot's columns themselves (shared, not copied), so a million accounts rescore live.
    public DraftScoring.Accounts draftAccounts(String workspace) throws StoreException {
        return store.read(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            return DraftScoring.of(ws.isPresent() ? accounts.table(tx, ws.get().id()) : AccountTable.empty());
        });
    }
}
