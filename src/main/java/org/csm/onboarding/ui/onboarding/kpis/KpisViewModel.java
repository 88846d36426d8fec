package org.csm.onboarding.ui.onboarding.kpis;

import org.csm.onboarding.ui.onboarding.StepModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.service.ImportResult;
import org.csm.onboarding.ui.onboarding.OnboardingSession;

/// Step 5: what the import will create, the first accounts' KPI records by category, and the
/// import itself. The step can only be left forward once the import is done.
public final class KpisViewModel implements StepModel {

    private final OnboardingSession session;
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty imported = new SimpleBooleanProperty();
    private final BooleanProperty skipInvalidRows = new SimpleBooleanProperty();
    private final StringBinding blocker;

    public KpisViewModel(OnboardingSession session) {
        this.session = session;
        blocker = Bindings.createStringBinding(() -> imported.get() ? "" : session.context().text("kpis.blocker"), imported);
    }

    public void enter() {
        var loaded = session.loaded();
        imported.set(false);
        result.set("");
        if (loaded != null) {
            var p = loaded.preview();
            var c = p.changes();
            summary.set((c.updated() + c.unchanged() == 0 ? session.context().text("kpis.summary", p.accounts(), p.kpiRecords())
                    : session.context().text("kpis.summary.changes", p.accounts(), p.kpiRecords(), c.created(), c.updated(),
                    c.unchanged(), session.draft().workspaceProperty().get()))
                    + (p.rowsInError() > 0 ? " " + session.context().text("kpis.rowsInError", p.rowsInError()) : ""));
        }
    }

    /// The first accounts' KPI records grouped by category, in the catalogue's category order.
    public Map<Category, List<KpiRecord>> recordsByCategory() {
        Map<Category, List<KpiRecord>> groups = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            groups.put(c, new java.util.ArrayList<>());
        }
        if (session.loaded() != null) {
            session.loaded().preview().firstRows().forEach(r -> r.kpis().forEach(k -> groups.get(k.category()).add(k)));
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    /// Imports in the background; `then` runs once it is stored.
    /// A file that feeds too few KPIs (or none of a weighted category) is imported only after
    /// the CSM confirms it, knowing what is missing.
    public void confirm(Runnable then) {
        var loaded = session.loaded();
        var config = session.draft().config();
        boolean allowFew = false;
        if (loaded != null && loaded.analysis() != null && loaded.analysis().needsCoverageConfirmation(config)) {
            allowFew = session.context().dialogs().confirm(session.context().text("coverage.confirm.title"),
                    session.context().text("coverage.confirm.message", loaded.analysis().coverage(config).explanation()));
            if (!allowFew) {
                result.set(session.context().text("coverage.notConfirmed"));
                return;
            }
        }
        session.importFile(skipInvalidRows.get(), allowFew, r -> {
            result.set(describe(r));
            imported.set(r.imported());
            if (r.imported()) {
                then.run();
            }
        });
    }

    private String describe(ImportResult r) {
        if (!r.imported()) {
            return session.context().text("kpis.rejected", r.preview().errorCount());
        }
        var c = r.preview().changes();
        return session.context().text("kpis.done", r.preview().accounts(), r.preview().kpiRecords(), c.created(), c.updated(), c.unchanged(),
                r.scores().byStatus().getOrDefault(org.csm.onboarding.model.HealthStatus.HEALTHY, 0),
                r.scores().byStatus().getOrDefault(org.csm.onboarding.model.HealthStatus.AT_RISK, 0),
                r.scores().byStatus().getOrDefault(org.csm.onboarding.model.HealthStatus.CRITICAL, 0))
                + (r.skippedRows() > 0 ? " " + session.context().text("kpis.done.skipped", r.skippedRows()) : "");
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public BooleanProperty importedProperty() {
        return imported;
    }

    public BooleanProperty skipInvalidRowsProperty() {
        return skipInvalidRows;
    }

    public StringBinding blocker() {
        return blocker;
    }
}
