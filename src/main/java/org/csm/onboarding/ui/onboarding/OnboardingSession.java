package org.csm.onboarding.ui.onboarding;

import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.engine.validate.DuplicatePolicy;
import org.csm.onboarding.service.ImportChoices;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.csm.onboarding.engine.detect.FileFormat;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.Goal;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.DraftScoring;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.GoalAdvisor;
import org.csm.onboarding.service.GoalRecommendation;
import org.csm.onboarding.service.ImportResult;
import org.csm.onboarding.service.PreviewResult;
import org.csm.onboarding.ui.common.UiContext;

/// The state one run of the wizard shares between its steps: the draft plus what reading the
/// file produced (analysis, preview, the accounts for live scoring). Only this class and the
/// steps' view models call the services.
public final class OnboardingSession {

    /// What one background read of the file produced.
    public record Loaded(FileAnalysis analysis, PreviewResult preview, DraftScoring.Accounts accounts,
                         List<org.csm.onboarding.service.DuplicateRows> duplicates) {
    }

    /// Repeated ids shown side by side in the file check; more are decided by the choice for all.
    static final int DUPLICATE_IDS_SHOWN = 50;

    private final UiContext ctx;
    private final WizardDraft draft;
    private final ObjectProperty<Loaded> loaded = new SimpleObjectProperty<>();
    private final ObjectProperty<DuplicatePolicy> onDuplicate = new SimpleObjectProperty<>(DuplicatePolicy.ERROR);
    private List<org.csm.onboarding.model.CellEdit> edits = List.of();
    private java.util.Map<String, DuplicatePolicy> duplicateById = java.util.Map.of();

    public OnboardingSession(UiContext ctx, WizardDraft draft) {
        this.ctx = ctx;
        this.draft = draft;
    }

    public UiContext context() {
        return ctx;
    }

    public WizardDraft draft() {
        return draft;
    }

    public ObjectProperty<Loaded> loadedProperty() {
        return loaded;
    }

    public Loaded loaded() {
        return loaded.get();
    }

    public DraftScoring.Accounts accounts() {
        return loaded.get() == null ? DraftScoring.Accounts.none() : loaded.get().accounts();
    }

    /// For changing an existing workspace's configuration: live scoring uses its stored accounts.
    public void useStoredAccounts(DraftScoring.Accounts accounts) {
        loaded.set(new Loaded(null, null, accounts, List.of()));
    }

    /// "11 of 13 KPIs found; missing: ..." for the file at hand, "" without one.
    public String fileKpisSummary() {
        var coverage = coverage();
        return coverage == null ? "" : ctx.text("file.kpis.summary", coverage.explanation());
    }

    /// Whether the file feeds `kpiKey` (true without a file: nothing to say then).
    public boolean fileHas(String kpiKey) {
        var coverage = coverage();
        return coverage == null || java.util.stream.Stream.concat(coverage.mapped().stream(), coverage.customFound().stream())
                .anyMatch(k -> k.key().equals(kpiKey));
    }

    private org.csm.onboarding.engine.validate.KpiCoverage coverage() {
        return loaded.get() == null || loaded.get().analysis() == null ? null : loaded.get().analysis().coverage(draft.config());
    }

    /// The health-score scale notice for the accounts at hand, if one is due.
    public String scaleNotice() {
        return scale().flatMap(HealthScaleResolver.Resolution::noticeText).orElse("");
    }

    /// What the Health Score thresholds are multiplied by for these accounts (10 when the file's
    /// column runs 0-100), so the ranges table shows the thresholds the banner and scores use.
    public double healthScaleFactor() {
        return scale().map(r -> HealthScaleResolver.factor(r.scale())).orElse(1.0);
    }

    private java.util.Optional<HealthScaleResolver.Resolution> scale() {
        if (loaded.get() == null) {
            return java.util.Optional.empty();
        }
        // The file's largest value with the draft's thresholds as they are now, so the notice follows edits.
        return java.util.Optional.of(loaded.get().preview() != null
                ? HealthScaleResolver.resolve(draft.config(), loaded.get().preview().healthScale().maxSeen())
                : DraftScoring.resolve(loaded.get().accounts(), draft.config()));
    }

    /// Reads a newly chosen file and pre-fills the draft from it (goals, industry, size, count).
    public void open(Path file, Runnable then) {
        edits = List.of();
        duplicateById = java.util.Map.of();
        draft.fileProperty().set(file);
        draft.mappingProperty().set(null);
        draft.workspaceProperty().set(workspaceName(file));
        read(true, then);
    }

    /// Re-reads the draft's file with its current mapping, keeping what the user chose.
    public void reload(Runnable then) {
        read(false, then);
    }

    private void read(boolean prefill, Runnable then) {
        Path file = draft.fileProperty().get();
        ColumnMapping mapping = draft.mappingProperty().get();
        OnboardingConfig config = draft.config();
        ctx.tasks().run(ctx.text("task.reading", file.getFileName()), progress -> {
            FileAnalysis analysis = ctx.onboarding().analyze(file, mapping)
                    .withChoices(ImportChoices.DEFAULT.withOnDuplicate(onDuplicate.get()).withEdits(edits)
                            .withDuplicateById(duplicateById));
            // A newly opened file brings back the custom KPIs remembered for its layout.
            OnboardingConfig used = prefill ? analysis.recalledInto(config) : config;
            // Compared with the workspace's stored accounts, so a re-import says "updates", not "creates".
            PreviewResult preview = ctx.onboarding().preview(analysis, used, draft.workspaceProperty().get(), progress);
            boolean repeats = preview.issueCounts().getOrDefault(org.csm.onboarding.model.IssueCode.DUPLICATE_ACCOUNT_ID, 0) > 0
                    || preview.skippedDuplicates() > 0;
            return new Loaded(analysis, preview, DraftScoring.collect(analysis, used.catalog(), progress),
                    repeats ? org.csm.onboarding.service.DuplicateRows.find(analysis, DUPLICATE_IDS_SHOWN) : List.of());
        }, result -> {
            if (prefill) {
                draft.configProperty().set(result.analysis().recalledInto(draft.config()));
            }
            loaded.set(result);
            if (prefill) {
                prefill(result);
            }
            then.run();
        }, ctx::fail);
    }

    private void prefill(Loaded result) {
        var goals = java.util.EnumSet.noneOf(Goal.class);
        result.preview().goals().stream().filter(GoalRecommendation::recommended).map(GoalRecommendation::goal).forEach(goals::add);
        String industry = result.analysis().format() == FileFormat.DATA_CENTER_SERVERLESS
                ? ctx.text("goals.industry.dataCenter") : ctx.text("goals.industry.unknown");
        double median = DraftScoring.medianRevenue(result.accounts());
        String size = Double.isNaN(median) ? "" : GoalAdvisor.companySize(median);
        draft.configProperty().set(draft.config().withProfile(goals, industry, size));
        draft.accountCountProperty().set(result.preview().accounts());
    }

    /// Maps `header` to `field` (null to ignore it), moving the field off any other column, and
    /// re-reads the file; the file check and step 4 both map through here, so they stay in sync.
    public void remap(String header, org.csm.onboarding.model.Field field, Runnable then) {
        var map = new java.util.EnumMap<org.csm.onboarding.model.Field, String>(org.csm.onboarding.model.Field.class);
        loaded.get().analysis().mapping().headerByField().forEach((f, h) -> {
            if (!h.equals(header) && f != field) {
                map.put(f, h);
            }
        });
        if (field != null) {
            map.put(field, header);
        }
        draft.mappingProperty().set(new ColumnMapping(map));
        reload(then);
    }

    /// Adds (or replaces) a custom KPI in the draft and re-reads the file so its values are
    /// counted, scored and shown in every step.
    public void defineCustomKpi(org.csm.onboarding.model.CustomKpi kpi, Runnable then) {
        draft.configProperty().set(draft.config().withCustomKpi(kpi));
        reload(then);
    }

    /// Drops the custom KPI `key` (and its range) from the draft and re-reads the file without it.
    public void removeCustomKpi(String key, Runnable then) {
        draft.configProperty().set(draft.config().withoutCustomKpi(key));
        reload(then);
    }

    /// Which row to keep when a customer id repeats; the file is re-read with the choice.
    public void chooseOnDuplicate(DuplicatePolicy policy, Runnable then) {
        onDuplicate.set(policy);
        reload(then);
    }

    /// Fixes a cell in place (the file is untouched) and re-reads, so the row's problems and
    /// every count are checked again at once. Typing the file's value back removes the fix.
    public void editCell(org.csm.onboarding.model.CellEdit edit, Runnable then) {
        edits = ImportChoices.DEFAULT.withEdits(edits).withEdit(edit).edits();
        reload(then);
    }

    /// The cells fixed so far, each with the file's original value.
    public List<org.csm.onboarding.model.CellEdit> edits() {
        return edits;
    }

    /// The CSM's choice for one repeated id (null: as for all ids); the file is re-read with it.
    public void chooseForId(String id, DuplicatePolicy policy, Runnable then) {
        var next = new java.util.HashMap<>(duplicateById);
        String key = org.csm.onboarding.engine.validate.DuplicateIdCheck.key(id);
        if (policy == null) {
            next.remove(key);
        } else {
            next.put(key, policy);
        }
        duplicateById = java.util.Map.copyOf(next);
        reload(then);
    }

    /// The policy in force for `id`: its own choice, or the choice for all.
    public DuplicatePolicy policyFor(String id) {
        return duplicateById.getOrDefault(org.csm.onboarding.engine.validate.DuplicateIdCheck.key(id), onDuplicate.get());
    }

    public boolean hasOwnChoice(String id) {
        return duplicateById.containsKey(org.csm.onboarding.engine.validate.DuplicateIdCheck.key(id));
    }

    public DuplicatePolicy onDuplicate() {
        return onDuplicate.get();
    }

    /// Imports the file into the draft's workspace with the draft's configuration.
    public void importFile(boolean skipInvalidRows, boolean allowFewKpis, java.util.function.Consumer<ImportResult> then) {
        Loaded current = loaded.get();
        FileAnalysis analysis = current.analysis().withChoices(current.analysis().choices().withAllowFewKpis(allowFewKpis));
        OnboardingConfig config = draft.config();
        String workspace = draft.workspaceProperty().get();
        // The draft's accounts (a million are ~230 MB) would sit beside the million the import
        // builds: held softly meanwhile, so a small heap may let them go, and read again if the
        // import does not happen (the CSM may go back to the sliders).
        var draftAccounts = new java.lang.ref.SoftReference<>(current.accounts());
        loaded.set(new Loaded(current.analysis(), current.preview(), DraftScoring.Accounts.none(), current.duplicates()));
        ctx.tasks().run(ctx.text("task.importing"), progress ->
                ctx.onboarding().importFile(analysis, workspace, config, skipInvalidRows, progress), result -> {
                    if (!result.imported()) {
                        restore(draftAccounts, config);
                    }
                    then.accept(result);
                }, failure -> {
                    restore(draftAccounts, config);
                    ctx.fail(failure);
                });
    }

    /// Puts the draft's accounts back after an import that did not happen, reading the file
    /// again when the heap had to let them go.
    private void restore(java.lang.ref.SoftReference<DraftScoring.Accounts> kept, OnboardingConfig config) {
        Loaded now = loaded.get();
        DraftScoring.Accounts accounts = kept.get();
        if (accounts != null) {
            loaded.set(new Loaded(now.analysis(), now.preview(), accounts, now.duplicates()));
            return;
        }
        ctx.tasks().run(ctx.text("task.reading", draft.fileProperty().get().getFileName()),
                progress -> DraftScoring.collect(now.analysis(), config.catalog(), progress),
                again -> loaded.set(new Loaded(now.analysis(), now.preview(), again, now.duplicates())), ctx::fail);
    }

    static String workspaceName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }
}
