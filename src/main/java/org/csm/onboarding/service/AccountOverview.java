package org.csm.onboarding.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.store.AccountRepository;
import org.csm.onboarding.store.ScoreRepository;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.StoredAccount;
import org.csm.onboarding.store.Workspace;
import org.csm.onboarding.store.WorkspaceRepository;

/// The dashboard's read model: every current account of a workspace with its stored score and
/// the account data the dashboard filters and sums by (segment, CSM, revenue, the file's own
/// health_score), plus the accounts' KPI values for live what-if scoring.
public final class AccountOverview {

    private final Store store;
    private final WorkspaceRepository workspaces = new WorkspaceRepository();
    private final AccountRepository accounts = new AccountRepository();
    private final ScoreRepository scores = new ScoreRepository();

    public AccountOverview(Store store) {
        this.store = store;
    }

    /// One dashboard row. `fileHealthScore` is the file's health_score as read (its own scale).
    public record AccountSummary(String externalId, String name, String segment, String csm, String industry,
                                 Double revenue, Double fileHealthScore, HealthScore score) {
    }

    /// Accounts in the stored score order; accounts without a score are left out.
    public List<AccountSummary> accounts(String workspace) throws StoreException {
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            if (ws.isEmpty()) {
                return List.<AccountSummary>of();
            }
            Map<String, StoredAccount> byId = new HashMap<>();
            accounts.forEachCurrent(tx, ws.get().id(), a -> byId.put(a.account().externalAccountId(), a));
            List<AccountSummary> rows = new ArrayList<>();
            for (HealthScore s : scores.list(tx, ws.get().id())) {
                StoredAccount a = byId.get(s.externalAccountId());
                if (a != null) {
                    rows.add(new AccountSummary(s.externalAccountId(), s.accountName(),
                            a.account().accountTier(), a.account().assignedCsm(), a.account().industry(),
                            a.account().revenue(), fileHealthScore(a.kpis()), s));
                }
            }
            return rows;
        });
    }

    /// The stored accounts' KPI values, to preview a configuration change before applying it.
    public List<DraftScoring.DraftAccount> draftAccounts(String workspace) throws StoreException {
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            List<DraftScoring.DraftAccount> rows = new ArrayList<>();
            if (ws.isPresent()) {
                accounts.forEachCurrent(tx, ws.get().id(), a -> rows.add(new DraftScoring.DraftAccount(
                        a.account().externalAccountId(), a.account().accountName(), a.account().revenue(), a.kpis())));
            }
            return rows;
        });
    }

    private static Double fileHealthScore(List<KpiRecord> kpis) {
        return kpis.stream().filter(k -> k.kpiKey().equals(KpiCatalog.HEALTH_SCORE)).map(KpiRecord::value)
                .findFirst().orElse(null);
    }
}
