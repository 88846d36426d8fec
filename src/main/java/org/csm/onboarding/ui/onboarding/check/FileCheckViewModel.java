package org.csm.onboarding.ui.onboarding.check;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.csm.onboarding.engine.mapping.ColumnSuggestion;
import org.csm.onboarding.engine.validate.DuplicatePolicy;
import org.csm.onboarding.engine.validate.KpiCoverage;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.PreviewResult;
import org.csm.onboarding.ui.onboarding.FieldChooser;
import org.csm.onboarding.ui.onboarding.OnboardingSession;
import org.csm.onboarding.ui.onboarding.StepModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/// The file check, shown right after a file is opened: what the file is, how many accounts and
/// KPIs it yields and which are missing, the required fields, rows with problems, repeated ids
/// with the choice of which row to keep, and the columns whose mapping deserves a look (fixed
/// here through the same [FieldChooser] as step 4).
public final class FileCheckViewModel implements StepModel {

    /// Below this the matcher's guess is shown for checking, as is every unmapped column.
    static final double CHECK_BELOW = 0.8;

    /// One row of a repeated id, shown beside the id's other rows: its cells as written, whether
    /// it is the group's first line (which carries the per-id choice), and what happens to it.
    public record DuplicateLine(String id, int row, List<String> cells, boolean first, String outcome) {
    }

    /// A column to check: its header, current field (null: ignored), confidence and reason.
    public record ColumnRow(String header, Field field, double confidence, String reason) {
    }

    /// Warnings about one row's cells (file-level notes such as an unmapped KPI are said elsewhere).
    private static final java.util.Set<IssueCode> ROW_WARNINGS = java.util.EnumSet.of(IssueCode.INVALID_NUMBER,
            IssueCode.INVALID_DATE, IssueCode.UNKNOWN_LABEL, IssueCode.MISSING_KPI_VALUE, IssueCode.NEGATIVE_VALUE,
            IssueCode.OUT_OF_RANGE, IssueCode.DUPLICATE_ROW_SKIPPED);

    private final OnboardingSession session;
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty accounts = new SimpleStringProperty("");
    private final StringProperty kpis = new SimpleStringProperty("");
    private final StringProperty missing = new SimpleStringProperty("");
    private final BooleanProperty tooFew = new SimpleBooleanProperty();
    private final StringProperty required = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty columnsTitle = new SimpleStringProperty("");
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<String> duplicates = FXCollections.observableArrayList();
    private final ObservableList<DuplicateLine> duplicateLines = FXCollections.observableArrayList();
    private final StringBinding blocker;

    public FileCheckViewModel(OnboardingSession session) {
        this.session = session;
        blocker = Bindings.createStringBinding(this::computeBlocker, session.loadedProperty());
    }

    @Override
    public void enter() {
        var loaded = session.loaded();
        if (loaded == null || loaded.analysis() == null) {
            return;
        }
        FileAnalysis a = loaded.analysis();
        PreviewResult p = loaded.preview();
        var layout = a.layout();
        file.set(text("check.file." + ("csv".equals(a.fileType()) ? "csv" : "xlsx"), a.fileName(), layout.sheet(),
                layout.headerRow(), text("format." + a.format().code())));
        accounts.set(text("check.accounts", p.accounts(), p.dataRows()));
        KpiCoverage coverage = a.coverage(session.draft().config());
        kpis.set(text("check.kpis", coverage.foundText()));
        List<String> gaps = new ArrayList<>();
        if (!coverage.missing().isEmpty()) {
            gaps.add(text("check.kpis.missing", String.join(", ", coverage.missingNames())));
        }
        if (!coverage.weightedWithoutKpis().isEmpty()) {
            gaps.add(text("check.kpis.emptyCategory", String.join(", ", coverage.weightedWithoutKpis().stream().map(Category::label).toList())));
        }
        if (coverage.tooFew()) {
            gaps.add(text("check.kpis.tooFew"));
        }
        missing.set(String.join(" ", gaps));
        tooFew.set(coverage.tooFew());
        required.set(text("check.required", String.join(";  ", Arrays.stream(Field.values()).filter(Field::required)
                .map(f -> a.mapping().header(f).map(h -> text("check.required.found", FieldChooser.label(session.context().messages(), f), h))
                        .orElse(text("check.required.missing", FieldChooser.label(session.context().messages(), f)))).toList())));
        int cellWarnings = ROW_WARNINGS.stream().mapToInt(c -> p.issueCounts().getOrDefault(c, 0)).sum();
        problems.set(p.rowsInError() == 0 && cellWarnings == 0 ? text("check.problems.none")
                : text("check.problems", p.rowsInError(), cellWarnings));
        List<ColumnRow> toCheck = new ArrayList<>();
        int confident = 0;
        Map<Field, String> byField = a.mapping().headerByField();
        for (ColumnSuggestion s : a.suggestions()) {
            if (s.header() == null || s.header().isBlank()) {
                continue;
            }
            Field field = byField.entrySet().stream().filter(e -> e.getValue().equals(s.header())).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (field != null && (s.confidence() >= CHECK_BELOW || a.mappingSource() != FileAnalysis.MappingSource.AUTOMATIC)) {
                confident++;
            } else {
                toCheck.add(new ColumnRow(s.header(), field, field == null ? 0 : s.confidence(), why(s)));
            }
        }
        columns.setAll(toCheck);
        columnsTitle.set(toCheck.isEmpty() ? text("check.columns.none") : text("check.columns", confident));
        duplicates.setAll(p.issues().stream().filter(i -> i.code() == IssueCode.DUPLICATE_ACCOUNT_ID
                || i.code() == IssueCode.DUPLICATE_ROW_SKIPPED).map(DataIssue::message).limit(20).toList());
        List<DuplicateLine> lines = new ArrayList<>();
        for (var group : loaded.duplicates()) {
            DuplicatePolicy policy = session.policyFor(group.id());
            for (int i = 0; i < group.rows().size(); i++) {
                int row = group.rows().get(i);
                lines.add(new DuplicateLine(group.id(), row, group.cells().get(i), i == 0, outcome(policy, group.rows(), row)));
            }
        }
        duplicateLines.setAll(lines);
    }

    /// The matcher's reason, unless the CSM has made the column a custom KPI: then that is why.
    private String why(ColumnSuggestion s) {
        return session.draft().config().customKpiOf(s.header()).map(k -> text("custom.why", k.name())).orElse(s.reason());
    }

    private String outcome(DuplicatePolicy policy, List<Integer> rows, int row) {
        return switch (policy) {
            case ERROR -> text(row == rows.getFirst() ? "duplicates.outcome.undecided" : "duplicates.outcome.error");
            case FIRST -> text(row == rows.getFirst() ? "duplicates.outcome.kept" : "duplicates.outcome.skipped");
            case LAST -> text(row == rows.getLast() ? "duplicates.outcome.kept" : "duplicates.outcome.skipped");
            case NEITHER -> text("duplicates.outcome.skipped");
        };
    }

    /// The file's headers, for the side-by-side columns.
    public List<String> headers() {
        var loaded = session.loaded();
        return loaded == null || loaded.analysis() == null ? List.of() : loaded.analysis().layout().headers();
    }

    /// Decides one repeated id (null: as for all ids); the file is read again with the choice.
    public void chooseForId(String id, DuplicatePolicy policy, Runnable then) {
        session.chooseForId(id, policy, () -> {
            enter();
            then.run();
        });
    }

    /// The id's own choice, or null when it follows the choice for all.
    public DuplicatePolicy ownChoice(String id) {
        return session.hasOwnChoice(id) ? session.policyFor(id) : null;
    }

    public ObservableList<DuplicateLine> duplicateLines() {
        return duplicateLines;
    }

    private String computeBlocker() {
        var loaded = session.loaded();
        if (loaded == null || loaded.analysis() == null) {
            return text("accounts.blocker.noFile");
        }
        return loaded.analysis().importable() ? "" : text("accounts.blocker.mapping");
    }

    /// Maps a column from the check; the view refreshes from `enter` once the file is re-read.
    public void remap(String header, Field field, Runnable then) {
        session.remap(header, field, () -> {
            enter();
            then.run();
        });
    }

    public void chooseOnDuplicate(DuplicatePolicy policy, Runnable then) {
        session.chooseOnDuplicate(policy, () -> {
            enter();
            then.run();
        });
    }

    public boolean showsDuplicates() {
        return !duplicates.isEmpty() || !duplicateLines.isEmpty() || session.onDuplicate() != DuplicatePolicy.ERROR;
    }

    private String text(String key, Object... args) {
        return session.context().text(key, args);
    }

    public OnboardingSession session() {
        return session;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty accountsProperty() {
        return accounts;
    }

    public StringProperty kpisProperty() {
        return kpis;
    }

    public StringProperty missingProperty() {
        return missing;
    }

    public BooleanProperty tooFewProperty() {
        return tooFew;
    }

    public StringProperty requiredProperty() {
        return required;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    public StringProperty columnsTitleProperty() {
        return columnsTitle;
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    public ObservableList<String> duplicates() {
        return duplicates;
    }

    @Override
    public StringBinding blocker() {
        return blocker;
    }
}
