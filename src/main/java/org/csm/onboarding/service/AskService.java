package org.csm.onboarding.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.csm.onboarding.engine.ask.Answer;
import org.csm.onboarding.engine.ask.AskEngine;
import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.engine.playbook.PlaybookAdvisor;
import org.csm.onboarding.engine.playbook.PlaybookCatalog;
import org.csm.onboarding.engine.playbook.Recommendation;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.table.ScoreColumns;
import org.csm.onboarding.store.ConfigRepository;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.Workspace;
import org.csm.onboarding.store.WorkspaceRepository;

/// Questions and playbooks over a stored workspace: loads its current accounts and scores once
/// into an [AskTable] and answers from memory.
public final class AskService {

    private final Store store;
    private final Clock clock;
    private final WorkspaceRepository workspaces = new WorkspaceRepository();
    private final ConfigRepository configs = new ConfigRepository();

    public AskService(Store store) {
        this(store, Clock.systemDefaultZone());
    }

    public AskService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /// An engine over the workspace's current state; empty when the workspace does not exist.
    public Optional<AskEngine> engine(String workspace) throws StoreException {
        Optional<AskTable> table = table(workspace);
        return table.isEmpty() ? Optional.empty() : Optional.of(new AskEngine(table.get(), catalog(workspace), LocalDate.now(clock)));
    }

    public Answer ask(String workspace, String question) throws StoreException {
        return engine(workspace).map(e -> e.ask(question))
                .orElseGet(() -> Answer.notUnderstood(question, "There is no workspace \u201c" + workspace + "\u201d yet: import a file first.", List.of()));
    }

    /// Every recommended playbook of every account, riskiest account first.
    public List<Recommendation> playbooks(String workspace) throws StoreException {
        Optional<AskTable> table = table(workspace);
        if (table.isEmpty()) {
            return List.of();
        }
        AskTable t = table.get();
        Integer[] order = new Integer[t.size()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer r) -> AskTable.riskRank(t.status(r)))
                .thenComparing(t::id));
        int[] rows = java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        return new PlaybookAdvisor(catalog(workspace), t, LocalDate.now(clock)).forRows(rows);
    }

    /// The workspace's playbook catalogue (the defaults until it is edited).
    public PlaybookCatalog catalog(String workspace) throws StoreException {
        return new PlaybookService(store).catalog(workspace);
    }

    public Optional<AskTable> table(String workspace) throws StoreException {
        return load(workspace).map(Loaded::table);
    }

    /// The workspace's scored accounts both as the Ask table and as the dashboard's rows, from
    /// one read of the snapshot (two copies of a million accounts do not fit 512 MB).
    public record Loaded(AskTable table, AccountRows rows) {
    }

    public Optional<Loaded> load(String workspace) throws StoreException {
        Optional<ScoreColumns> previous = new ScoreHistory(store).previousColumns(workspace, false);
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            if (ws.isEmpty()) {
                return Optional.<Loaded>empty();
            }
            long id = ws.get().id();
            OnboardingConfig config = configs.load(tx, id).orElseGet(OnboardingConfig::defaults);
            // Scores are computed from the snapshot, not stored (docs/storage.md, section 3).
            WorkspaceScorer.Scored scored = new WorkspaceScorer().score(tx, id, config);
            return Optional.of(new Loaded(AskTableBuilder.build(scored, previous.orElse(null)), new AccountRows(scored)));
        });
    }

    /// An engine over a table [#load] returned.
    public AskEngine engine(String workspace, AskTable table) throws StoreException {
        return new AskEngine(table, catalog(workspace), LocalDate.now(clock));
    }
}
