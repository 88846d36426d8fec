package org.csm.onboarding.service;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.engine.score.TableScorer;
import org.csm.onboarding.engine.score.ScoringContext;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ScoreSnapshot;
import org.csm.onboarding.store.AccountRepository;
import org.csm.onboarding.store.ConfigRepository;
import org.csm.onboarding.store.ImportRecord;
import org.csm.onboarding.store.ImportRepository;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.Workspace;
import org.csm.onboarding.store.WorkspaceRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Use cases over what is already stored: scores, one account's explanation, undo, the
/// workspace configuration (changing it rescores in the same transaction).
public final class WorkspaceService {

    private final Store store;
    private final WorkspaceRepository workspaces = new WorkspaceRepository();
    private final AccountRepository accounts = new AccountRepository();
    private final ConfigRepository configs = new ConfigRepository();
    private final ImportRepository imports = new ImportRepository();

    public WorkspaceService(Store store) {
        this.store = store;
    }

    public List<Workspace> workspaces() throws StoreException {
        return store.transaction(workspaces::list);
    }

    public Optional<Workspace> find(String workspace) throws StoreException {
        return store.transaction(tx -> workspaces.find(tx, workspace));
    }

    /// Every current account's score in external-id order, computed from the stored accounts
    /// and the workspace configuration (scores are not stored).
    public List<HealthScore> scores(String workspace) throws StoreException {
        return store.read(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            if (ws.isEmpty()) {
                return List.<HealthScore>of();
            }
            OnboardingConfig config = configs.load(tx, ws.get().id()).orElseGet(OnboardingConfig::defaults);
            WorkspaceScorer.Scored scored = new WorkspaceScorer().score(tx, ws.get().id(), config);
            var list = new java.util.ArrayList<HealthScore>(scored.table().size());
            for (int row : scored.table().sortedRows()) {
                list.add(scored.listed(row));
            }
            return list;
        });
    }

    public OnboardingConfig config(String workspace) throws StoreException {
        return store.transaction(tx -> workspaces.find(tx, workspace)
                .flatMap(ws -> load(tx, ws)).orElseGet(OnboardingConfig::defaults));
    }

    private Optional<OnboardingConfig> load(org.csm.onboarding.store.Tx tx, Workspace ws) {
        try {
            return configs.load(tx, ws.id());
        } catch (java.sql.SQLException e) {
            throw new WorkspaceScorer.StoreFailure(e);
        }
    }

    /// Saves a new configuration and rescores every account with it, atomically.
    public ScoreSummary changeConfig(String workspace, OnboardingConfig config, Progress progress) throws StoreException {
        return store.transaction(tx -> {
            workspaces.lock(tx, workspace);
            long ws = workspaces.getOrCreate(tx, workspace).id();
            configs.save(tx, ws, config);
            return new WorkspaceScorer().rescoreAndRemember(tx, ws, config, progress, null, ScoreSnapshot.CONFIG);
        });
    }

    /// What `config` would make of every current account, without saving anything: the live
    /// count while a weight or threshold slider moves. Scores the snapshot held in memory
    /// column by column (docs/storage.md, section 3), so it takes milliseconds, not a scan.
    public ScoreSummary scoreWith(String workspace, OnboardingConfig config) throws StoreException {
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            return ws.isEmpty() ? WorkspaceScorer.scoreOverall(AccountTable.empty(), config).summary()
                    : new WorkspaceScorer().scoreOverall(tx, ws.get().id(), config).summary();
        });
    }

    /// The account's score with every KPI's contribution, computed from the stored KPI records
    /// and the workspace configuration.
    public Optional<HealthScore> explain(String workspace, String externalId) throws StoreException {
        return store.read(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            if (ws.isEmpty()) {
                return Optional.<HealthScore>empty();
            }
            AccountTable table = accounts.table(tx, ws.get().id());
            int row = table.indexOf(externalId);
            if (row < 0) {
                return Optional.<HealthScore>empty();
            }
            OnboardingConfig config = configs.load(tx, ws.get().id()).orElseGet(OnboardingConfig::defaults);
            ScoringContext ctx = ScoringContext.of(config.catalog(), config, healthScale(tx, ws.get().id(), config).scale());
            return Optional.of(TableScorer.explain(table, row, ctx));
        });
    }

    /// The health-score scale in force for the workspace's stored data.
    public HealthScaleResolver.Resolution healthScale(String workspace) throws StoreException {
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            OnboardingConfig config = ws.flatMap(w -> load(tx, w)).orElseGet(OnboardingConfig::defaults);
            return ws.isEmpty() ? HealthScaleResolver.resolve(config, null) : healthScale(tx, ws.get().id(), config);
        });
    }

    private HealthScaleResolver.Resolution healthScale(org.csm.onboarding.store.Tx tx, long ws, OnboardingConfig config)
            throws java.sql.SQLException {
        return WorkspaceScorer.healthScale(tx, accounts, ws, config);
    }

    /// Reverts the workspace's last import (a flip of its state; its snapshot is deleted) and
    /// scores what is current again.
    public Optional<ImportRecord> undo(String workspace, Progress progress) throws StoreException {
        return store.transaction(tx -> {
            workspaces.lock(tx, workspace);
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            if (ws.isEmpty()) {
                return Optional.<ImportRecord>empty();
            }
            Optional<ImportRecord> undone = imports.undoLast(tx, ws.get().id());
            if (undone.isPresent()) {
                ScoreHistory.forgetImport(tx, undone.get().id());
                OnboardingConfig config = configs.load(tx, ws.get().id()).orElseGet(OnboardingConfig::defaults);
                new WorkspaceScorer().rescore(tx, ws.get().id(), config, progress);
            }
            return undone;
        });
    }

    public List<ImportRecord> imports(String workspace) throws StoreException {
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            return ws.isEmpty() ? List.<ImportRecord>of() : imports.list(tx, ws.get().id());
        });
    }

    /// One import as the history shows it: its record, why rows were skipped (issue code ->
    /// rows) and the cells fixed in the preview.
    public record ImportEntry(ImportRecord record, Map<String, Integer> skipped, List<org.csm.onboarding.model.CellEdit> edits) {
    }

    /// The workspace's live imports, newest first, with their skipped-row reasons and edits.
    public List<ImportEntry> importHistory(String workspace) throws StoreException {
        var notes = new org.csm.onboarding.store.ImportNotesRepository();
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            List<ImportEntry> entries = new java.util.ArrayList<>();
            for (ImportRecord r : ws.isEmpty() ? List.<ImportRecord>of() : imports.list(tx, ws.get().id())) {
                entries.add(new ImportEntry(r, notes.skipped(tx, r.id()), notes.edits(tx, r.id())));
            }
            entries.sort(java.util.Comparator.comparing((ImportEntry e) -> e.record().id()).reversed());
            return entries;
        });
    }
}
