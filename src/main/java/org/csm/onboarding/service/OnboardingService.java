package org.csm.onboarding.service;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.read.TableReaders;
import org.csm.onboarding.engine.score.RangeSuggester;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.ScoreSnapshot;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.TableMerge;
import org.csm.onboarding.store.AccountRepository;
import org.csm.onboarding.store.AccountWriter;
import org.csm.onboarding.store.ConfigJson;
import org.csm.onboarding.store.ConfigRepository;
import org.csm.onboarding.store.ImportRecord;
import org.csm.onboarding.store.ImportNotesRepository;
import org.csm.onboarding.store.ImportRepository;
import org.csm.onboarding.store.MappingRepository;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.Tx;
import org.csm.onboarding.store.WorkspaceRepository;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The use cases that read a customer file: analyse, preview and import. Every import is one
/// transaction: accounts, KPI records, the configuration, the mapping and the fresh scores
/// commit together or not at all (an error, a cancel or a crash leaves the previous state).
public final class OnboardingService {

    private final Store store;
    private final WorkspaceRepository workspaces = new WorkspaceRepository();
    private final ImportRepository imports = new ImportRepository();
    private final AccountRepository accounts = new AccountRepository();
    private final ConfigRepository configs = new ConfigRepository();
    private final MappingRepository mappings = new MappingRepository();
    private final ImportNotesRepository notes = new ImportNotesRepository();

    /// `store` may be null for preview-only use (nothing is remembered or recalled then).
    public OnboardingService(Store store) {
        this.store = store;
    }

    /// Reads only the top of the file: table position, format and mapping.
    public FileAnalysis analyze(Path file, ColumnMapping explicitMapping) throws IOException, FileRefusedException, StoreException {
        try (TableReader reader = TableReaders.open(file)) {
            return FileAnalyzer.analyze(file, reader, explicitMapping, this::recall);
        }
    }

    /// Reads the whole file and reports what an import would do; writes nothing.
    public PreviewResult preview(FileAnalysis analysis, OnboardingConfig config, Progress progress)
            throws IOException, FileRefusedException {
        try (TableReader reader = analysis.open()) {
            return Scanner.scan(reader, analysis, config, progress, true, null, row -> { });
        }
    }

    /// The same, with the accounts compared against `workspace`'s current ones (created /
    /// updated / unchanged); a workspace not there yet means every account is created.
    public PreviewResult preview(FileAnalysis analysis, OnboardingConfig config, String workspace, Progress progress)
            throws IOException, FileRefusedException, StoreException {
        AccountTable current = store == null || workspace == null ? null : store.transaction(tx -> {
            var ws = workspaces.find(tx, workspace);
            return ws.isPresent() ? accounts.table(tx, ws.get().id()) : null;
        });
        try (TableReader reader = analysis.open()) {
            return Scanner.scan(reader, analysis, config, progress, true, current, row -> { });
        }
    }

    /// Imports into `workspace`. Rows in error block the import unless `skipInvalidRows`; a file
    /// whose mapping misses a required field is never imported, nor one that feeds too few KPIs
    /// unless the CSM confirmed it ([FileAnalysis#needsCoverageConfirmation]).
    public ImportResult importFile(FileAnalysis analysis, String workspace, OnboardingConfig config, boolean skipInvalidRows,
                                   Progress progress) throws IOException, FileRefusedException, StoreException {
        requireStore();
        if (!analysis.importable() || analysis.needsCoverageConfirmation(config)) {
            return new ImportResult(preview(analysis, config, progress), false, 0, null, null);
        }
        String sha256 = ContentHash.sha256(analysis.file());
        String settings = settingsSha256(analysis, config, skipInvalidRows);
        try {
            return store.transaction(tx -> {
                workspaces.lock(tx, workspace);  // a team-mate's import into this workspace goes first
                long ws = workspaces.getOrCreate(tx, workspace).id();
                Optional<ImportRepository.UnchangedImport> same = imports.unchanged(tx, ws, sha256, settings);
                if (same.isPresent()) {
                    return reimportUnchanged(tx, ws, analysis, config, same.get(), settings, progress);
                }
                long importId = imports.start(tx, ws, analysis.fileName(), sha256, analysis.layout().sheet(), analysis.format().code());
                PreviewResult preview;
                // The writer closes (saving the snapshot) after the reader has let go of its buffers:
                // a million accounts need the heap to themselves then.
                AccountWriter writer = accounts.writer(tx, ws, importId);
                try (writer) {
                    preview = scanInto(writer, analysis, config, progress);
                    progress.update("Saving", 0, -1);
                }
                // Counted while merging into the stored accounts, which the reading never held.
                TableMerge.Changes changes = writer.changes();
                preview = preview.withChanges(new AccountChanges(changes.created(), changes.updated(), changes.unchanged()));
                if (preview.hasErrors() && (!skipInvalidRows || preview.accounts() == 0)) {
                    throw new Rejected(preview);
                }
                ScoreSummary scores = saveSettings(tx, ws, importId, analysis, config, progress);
                imports.finish(tx, importId, preview.accounts(), preview.kpiRecords(), preview.rowsSkipped(), preview.warningCount());
                imports.recordSettings(tx, importId, settings);
                notes.saveSkipped(tx, importId, preview.skippedReasons(skipInvalidRows));
                notes.saveEdits(tx, importId, analysis.choices().edits());
                ImportRecord record = imports.last(tx, ws).orElseThrow();
                return new ImportResult(preview, true, preview.rowsSkipped(), record, scores);
            });
        } catch (Rejected rejected) {
            return new ImportResult(rejected.preview, false, 0, null, null);
        } catch (WorkspaceScorer.StoreFailure failure) {
            throw store.failure(failure.sql);
        }
    }

    /// Reads the file into `writer`. The workspace's current accounts are not read beside it: a
    /// million of them and a million read ones do not fit 512 MB together; the writer counts
    /// what changes when it merges them.
    private static PreviewResult scanInto(AccountWriter writer, FileAnalysis analysis, OnboardingConfig config,
                                          Progress progress) throws IOException, FileRefusedException {
        try (TableReader reader = analysis.open()) {
            return Scanner.scan(reader, analysis, config, progress, false, null,
                    row -> writer.write(row.account(), row.profile(), row.kpis()));
        }
    }

    /// The same file with the same mapping and configuration as the current import: the new
    /// import points at the same snapshot and nothing is read or rewritten (docs/storage.md).
    /// Its preview repeats the counts of the import it matches; the issues were reported then.
    private ImportResult reimportUnchanged(Tx tx, long ws, FileAnalysis analysis, OnboardingConfig config,
                                          ImportRepository.UnchangedImport same, String settings, Progress progress)
            throws SQLException {
        ImportRecord previous = imports.last(tx, ws).orElseThrow();
        long importId = imports.start(tx, ws, analysis.fileName(), previous.sha256(), analysis.layout().sheet(),
                analysis.format().code());
        imports.attach(tx, importId, same.snapshotId());
        imports.finish(tx, importId, previous.accounts(), previous.kpiRecords(), previous.skippedRows(), previous.warnings());
        imports.recordSettings(tx, importId, settings);
        ScoreSummary scores = saveSettings(tx, ws, importId, analysis, config, progress);
        var preview = new PreviewResult(analysis, previous.accounts() + previous.skippedRows(), previous.accounts(),
                previous.kpiRecords(), previous.skippedRows(), previous.skippedRows(), previous.warnings(), List.of(),
                Map.of(), List.of(), scores.healthScale(), new RangeSuggester.Suggestion(List.of()),
                GoalAdvisor.recommend(analysis.mapping()), 0, analysis.coverage(config),
                new AccountChanges(0, 0, previous.accounts()), List.of(), Map.of());
        notes.saveSkipped(tx, importId, notes.skipped(tx, previous.id()));
        notes.saveEdits(tx, importId, analysis.choices().edits());
        return new ImportResult(preview, true, previous.skippedRows(), imports.last(tx, ws).orElseThrow(), scores);
    }

    private ScoreSummary saveSettings(Tx tx, long ws, long importId, FileAnalysis analysis, OnboardingConfig config,
                                      Progress progress) throws SQLException {
        configs.save(tx, ws, config);
        configs.saveMapping(tx, ws, analysis.mapping());
        mappings.remember(tx, analysis.headerSignature(), analysis.mapping(), analysis.customKpisInFile(config));
        return new WorkspaceScorer().rescoreAndRemember(tx, ws, config, progress, importId, ScoreSnapshot.IMPORT);
    }

    /// Fingerprint of everything besides the file's bytes that decides what an import stores.
    private static String settingsSha256(FileAnalysis analysis, OnboardingConfig config, boolean skipInvalidRows) {
        return ContentHash.sha256(String.join("\n", ConfigJson.write(config), ConfigJson.writeMapping(analysis.mapping()),
                String.valueOf(analysis.layout().sheet()), String.valueOf(analysis.layout().headerRow()),
                String.valueOf(skipInvalidRows), String.valueOf(analysis.choices())));
    }

    private Optional<MappingRepository.Remembered> recall(String signature) {
        if (store == null) {
            return Optional.empty();
        }
        try {
            return store.transaction(tx -> mappings.recallAll(tx, signature));
        } catch (StoreException e) {
            // A mapping we cannot recall is only a convenience lost; the automatic one still works.
            java.util.logging.Logger.getLogger(OnboardingService.class.getName()).warning("Could not recall mapping: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void requireStore() {
        if (store == null) {
            throw new IllegalStateException("Importing needs a database");
        }
    }

    /// Rolls the import transaction back when the file has errors and skipping was not asked for.
    private static final class Rejected extends RuntimeException {
        final transient PreviewResult preview;

        Rejected(PreviewResult preview) {
            super("rows in error", null, false, false);
            this.preview = preview;
        }
    }
}
