package org.csm.onboarding.ui.onboarding.accounts;

import org.csm.onboarding.service.RejectedRows;
import org.csm.onboarding.ui.onboarding.StepModel;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.csm.onboarding.engine.mapping.ColumnSuggestion;
import org.csm.onboarding.engine.template.StandardTemplate;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.Severity;
import org.csm.onboarding.ui.onboarding.OnboardingSession;

/// Step 4: what was detected (format, sheet, header row), the column mapping with confidence
/// (any column can be re-mapped, which re-reads the file), the first accounts and the
/// data-quality issues, filterable by severity.
public final class AccountsViewModel implements StepModel {

    /// One file column, the field it feeds (null: ignored) and how sure the matcher was.
    public record MappingRow(String header, Field field, double confidence, String reason) {
    }

    private final OnboardingSession session;
    private final StringProperty detected = new SimpleStringProperty("");
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<AccountRow> allPreviewRows = FXCollections.observableArrayList();
    private final FilteredList<AccountRow> previewRows = new FilteredList<>(allPreviewRows);
    private final javafx.beans.property.BooleanProperty onlyProblems = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty problemSummary = new SimpleStringProperty("");
    private final ObservableList<DataIssue> allIssues = FXCollections.observableArrayList();
    private final FilteredList<DataIssue> issues = new FilteredList<>(allIssues);
    private final ObjectProperty<Severity> severityFilter = new SimpleObjectProperty<>();
    private final javafx.beans.property.IntegerProperty rejectedCount = new javafx.beans.property.SimpleIntegerProperty();
    private final StringBinding blocker;

    public AccountsViewModel(OnboardingSession session) {
        this.session = session;
        severityFilter.addListener((o, a, s) -> issues.setPredicate(i -> s == null || i.severity() == s));
        onlyProblems.addListener((o, a, only) -> previewRows.setPredicate(only ? r -> !r.issues().isEmpty() : null));
        blocker = Bindings.createStringBinding(this::computeBlocker, session.loadedProperty());
    }

    public void enter() {
        var loaded = session.loaded();
        if (loaded == null) {
            return;
        }
        var analysis = loaded.analysis();
        // A CSV has no sheets: say "CSV file", not "sheet".
        detected.set(session.context().text("csv".equals(analysis.fileType()) ? "accounts.detected.csv" : "accounts.detected",
                session.context().text("format." + analysis.format().code()),
                analysis.layout().sheet(), analysis.layout().headerRow(), analysis.fileName()));
        mapping.setAll(analysis.suggestions().stream().map(s -> new MappingRow(s.header(),
                analysis.mapping().headerByField().entrySet().stream().filter(e -> e.getValue().equals(s.header()))
                        .map(Map.Entry::getKey).findFirst().orElse(null), s.confidence(), reason(s))).toList());
        allPreviewRows.setAll(loaded.preview().previewRows());
        var p = loaded.preview();
        long withProblems = allPreviewRows.stream().filter(r -> !r.issues().isEmpty()).count();
        problemSummary.set(session.context().text("accounts.preview.problems", withProblems, p.rowsInError(), p.warningCount(),
                session.edits().size()));
        allIssues.setAll(loaded.preview().issues());
        rejectedCount.set(RejectedRows.reasons(loaded.preview()).size());
    }

    private static String reason(ColumnSuggestion s) {
        return s.reason() == null ? "" : s.reason();
    }

    private String computeBlocker() {
        var loaded = session.loaded();
        if (loaded == null) {
            return session.context().text("accounts.blocker.noFile");
        }
        if (!loaded.analysis().importable()) {
            return session.context().text("accounts.blocker.mapping");
        }
        return loaded.preview().accounts() == 0 ? session.context().text("accounts.blocker.noAccounts") : "";
    }

    /// Maps `header` to `field` (null to ignore it) through the session, and refreshes.
    public void remap(String header, Field field, Runnable then) {
        session.remap(header, field, () -> {
            enter();
            then.run();
        });
    }

    /// Rows the import leaves out (errors, repeated ids not kept): what "Download rejected rows" writes.
    public javafx.beans.property.IntegerProperty rejectedCountProperty() {
        return rejectedCount;
    }

    public String rejectedFileName() {
        String name = session.loaded().analysis().fileName();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-rejected-rows.csv";
    }

    /// Writes the rejected rows with a reason column and says where.
    public void writeRejected(Path target) {
        try {
            int n = RejectedRows.write(session.loaded().preview(), target);
            session.context().dialogs().showInfo(session.context().text("accounts.rejected.saved.title"),
                    session.context().text("accounts.rejected.saved", n, target));
        } catch (java.io.IOException | org.csm.onboarding.engine.read.FileRefusedException e) {
            session.context().fail(e);
        }
    }

    public OnboardingSession session() {
        return session;
    }

    /// Option B: writes the standard template where the user chose.
    public Optional<Path> saveTemplate(Path target) {
        try {
            StandardTemplate.write(target);
            return Optional.of(target);
        } catch (java.io.IOException e) {
            session.context().fail(e);
            return Optional.empty();
        }
    }

    /// The preview row an issue points at, if that row is among the first rows.
    public Optional<AccountRow> rowOf(DataIssue issue) {
        return issue == null || issue.row() == null ? Optional.empty()
                : allPreviewRows.stream().filter(r -> r.sourceRow() == issue.row()).findFirst();
    }

    public StringProperty detectedProperty() {
        return detected;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public ObservableList<AccountRow> previewRows() {
        return previewRows;
    }

    /// Shows only rows with an error or a warning (the first rows and up to 1,000 more).
    public javafx.beans.property.BooleanProperty onlyProblemsProperty() {
        return onlyProblems;
    }

    public StringProperty problemSummaryProperty() {
        return problemSummary;
    }

    /// The file's headers in column order (the preview grid's columns).
    public java.util.List<String> headers() {
        var loaded = session.loaded();
        return loaded == null || loaded.analysis() == null ? java.util.List.of() : loaded.analysis().layout().headers();
    }

    private Optional<Field> fieldOf(String header) {
        var loaded = session.loaded();
        return loaded == null ? Optional.empty() : loaded.analysis().mapping().headerByField().entrySet().stream()
                .filter(e -> e.getValue().equals(header)).map(Map.Entry::getKey).findFirst();
    }

    /// The KPI a column feeds, if any.
    public Optional<org.csm.onboarding.model.KpiDefinition> kpiOf(String header) {
        var catalog = session.draft().config().catalog();
        return fieldOf(header).flatMap(f -> catalog.kpis().stream().filter(k -> k.field() == f).findFirst())
                .or(() -> catalog.customKpis().stream().filter(k -> k.column().equals(header)).findFirst());
    }

    /// "MRR (USD)" or, when it feeds a field under another name, "MRR (USD) → Monthly Spend".
    public String columnTitle(String header) {
        return fieldOf(header).map(f -> org.csm.onboarding.ui.onboarding.FieldChooser.label(session.context().messages(), f))
                .filter(label -> !label.equalsIgnoreCase(header)).map(label -> header + "\n→ " + label).orElse(header);
    }

    /// The problems found on one cell (`header` null: the row's own, such as a duplicate id).
    public java.util.List<DataIssue> issuesAt(AccountRow row, String header) {
        return row.issues().stream().filter(i -> header == null ? i.column() == null : header.equals(i.column())).toList();
    }

    public Optional<org.csm.onboarding.model.CellEdit> editOf(int row, String header) {
        return session.edits().stream().filter(e -> e.row() == row && e.column().equals(header)).findFirst();
    }

    public String editNote(int row, String header) {
        return editOf(row, header).map(e -> session.context().text("accounts.edit.note", e.original(), e.edited())).orElse("");
    }

    /// The CSM typed `text` into a cell: the file is read again with it, so the row's problems
    /// and all counts are checked at once. The original is the file's value, even after several edits.
    public void edit(AccountRow row, int column, String header, String text) {
        String original = editOf(row.sourceRow(), header).map(org.csm.onboarding.model.CellEdit::original).orElse(row.cell(column));
        if (text.equals(row.cell(column))) {
            return;
        }
        session.editCell(new org.csm.onboarding.model.CellEdit(row.sourceRow(), header, original, text), this::enter);
    }

    public ObservableList<DataIssue> issues() {
        return issues;
    }

    public ObjectProperty<Severity> severityFilterProperty() {
        return severityFilter;
    }

    public StringBinding blocker() {
        return blocker;
    }
}
