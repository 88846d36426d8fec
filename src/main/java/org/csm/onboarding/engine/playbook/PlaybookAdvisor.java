package org.csm.onboarding.engine.playbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.engine.ask.Column;
import org.csm.onboarding.model.HealthStatus;

/// Matches each account against the catalogue: every playbook whose trigger holds, in catalogue
/// order, minus the ones an escalation that also fired supersedes. A KPI the account has no
/// value for never fires a trigger (missing is not bad).
public final class PlaybookAdvisor {

    private final PlaybookCatalog catalog;
    private final AskTable table;
    private final LocalDate today;
    private final java.util.Map<String, Column> columns = new java.util.HashMap<>();

    public PlaybookAdvisor(PlaybookCatalog catalog, AskTable table, LocalDate today) {
        this.catalog = catalog;
        this.table = table;
        this.today = today;
        for (Playbook p : catalog.playbooks()) {
            if (p.trigger() != null && p.trigger().hasKpi()) {
                table.column(p.trigger().kpi()).ifPresent(c -> columns.put(p.trigger().kpi(), c));
            }
        }
    }

    public List<Recommendation> forAccount(int row) {
        List<Recommendation> fired = new ArrayList<>();
        Set<String> firedIds = new HashSet<>();
        for (Playbook p : catalog.playbooks()) {
            if (p.trigger() == null || p.trigger().problem() != null) {
                continue;
            }
            fire(p, row).ifPresent(r -> {
                fired.add(r);
                firedIds.add(p.id());
            });
        }
        fired.removeIf(r -> r.playbook().supersededBy() != null && firedIds.contains(r.playbook().supersededBy()));
        return fired;
    }

    /// Recommendations for the rows, account by account.
    public List<Recommendation> forRows(int[] rows) {
        List<Recommendation> out = new ArrayList<>();
        for (int r : rows) {
            out.addAll(forAccount(r));
        }
        return out;
    }

    private Optional<Recommendation> fire(Playbook p, int row) {
        Trigger t = p.trigger();
        HealthStatus status = table.status(row);
        if (!t.status().isEmpty() && (status == null || !t.status().contains(status.code()))) {
            return Optional.empty();
        }
        String statusText = status == null ? "no status" : AskTable.statusLabel(status);
        if (!t.hasKpi()) {
            return Optional.of(recommend(p, row, null, "", statusText, null,
                    "the account is " + statusText));
        }
        Optional<Column> column = Optional.ofNullable(columns.get(t.kpi()));
        if (column.isEmpty()) {
            return Optional.empty();
        }
        String statusPart = t.status().isEmpty() ? "" : " and the account is " + statusText;
        if (column.get() instanceof Column.Numbers num) {
            double v = num.value(row);
            if (Double.isNaN(v) || t.equals() != null || !t.test(v)) {
                return Optional.empty();
            }
            String value = num.unit().format(v);
            return Optional.of(recommend(p, row, t.kpi(), num.label(), value, v,
                    num.label() + " is " + value + " (" + t.op() + " " + num.unit().format(t.value()) + ")" + statusPart));
        }
        Column.Texts text = (Column.Texts) column.get();
        String v = text.value(row);
        if (v == null || t.equals() == null || !v.equalsIgnoreCase(t.equals())) {
            return Optional.empty();
        }
        return Optional.of(recommend(p, row, t.kpi(), text.label(), v, null, text.label() + " is " + v + statusPart));
    }

    private Recommendation recommend(Playbook p, int row, String kpiKey, String kpiName, String value, Double number,
                                     String because) {
        return new Recommendation(table.id(row), table.name(row), p, kpiKey, kpiName, value, number, table.status(row),
                today.plusDays(p.dueInDays()), p.name() + " because " + because + ": " + p.goal().toLowerCase(java.util.Locale.ROOT) + ".");
    }
}
