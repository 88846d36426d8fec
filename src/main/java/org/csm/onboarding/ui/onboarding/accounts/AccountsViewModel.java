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
    private final ObservableList<AccountRow> previewRows = FXCollections.observableArrayList();
    private final ObservableList<DataIssue> allIssues = FXCollections.observableArrayList();
    private final FilteredList<DataIssue> issues = new FilteredList<>(allIssues);
    private final ObjectProperty<Severity> severityFilter = new SimpleObjectProperty<>();
    private final javafx.beans.property.IntegerProperty rejectedCount = new javafx.beans.property.SimpleIntegerProperty();
    private final StringBinding blocker;

    public AccountsViewModel(OnboardingSession session) {
        this.session = session;
        severityFilter.addListener((o, a, s) -> issues.setPredicate(i -> s == null || i.severity() == s));
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
        previewRows.setAll(loaded.preview().firstRows());
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
                : previewRows.stream().filter(r -> r.sourceRow() == issue.row()).findFirst();
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
