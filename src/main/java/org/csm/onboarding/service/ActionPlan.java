package org.csm.onboarding.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.engine.ask.Column;
import org.csm.onboarding.engine.playbook.PlaybookAdvisor;
import org.csm.onboarding.engine.playbook.PlaybookCatalog;
import org.csm.onboarding.engine.playbook.Recommendation;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;

/// The action plan per CSM: every recommended playbook of the CSM's accounts (or of all
/// accounts), one row each, ordered by CSM, then riskiest account first, written to .xlsx or
/// .csv through [TableExport] (so safe against formula injection).
public final class ActionPlan {

    /// The CSM column of the ask table (the file's assigned CSM).
    static final String CSM = "csm_assigned";
    static final List<String> HEADERS = List.of("CSM", "Account ID", "Account name", "Playbook", "Trigger KPI",
            "Trigger value", "Status", "Owner", "Due date", "Steps", "Why");

    /// One recommendation with the CSM who owns the account ("" when none is assigned) and the
    /// trigger value as a formatted number where it is one.
    public record Line(String csm, Recommendation recommendation, Object triggerCell) {
    }

    private final AskService asks;
    private final Clock clock;

    public ActionPlan(Store store) {
        this(store, Clock.systemDefaultZone());
    }

    public ActionPlan(Store store, Clock clock) {
        this.asks = new AskService(store, clock);
        this.clock = clock;
    }

    /// The CSMs the workspace's accounts name, sorted.
    public List<String> csms(String workspace) throws StoreException {
        return asks.table(workspace).map(ActionPlan::csms).orElse(List.of());
    }

    public static List<String> csms(AskTable t) {
        return csmColumn(t).<List<String>>map(c -> List.copyOf(new TreeSet<>(
                Arrays.stream(c.values()).filter(Objects::nonNull).toList()))).orElse(List.of());
    }

    /// The plan of one CSM (any case), or of every account when `csm` is null.
    public List<Line> lines(String workspace, String csm) throws StoreException {
        Optional<AskTable> table = asks.table(workspace);
        return table.isEmpty() ? List.of() : lines(table.get(), asks.catalog(workspace), LocalDate.now(clock), csm);
    }

    /// The plan over a table already in memory (the dashboard's).
    public static List<Line> lines(AskTable t, PlaybookCatalog catalog, LocalDate today, String csm) {
        Column.Texts csms = csmColumn(t).orElse(null);
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            if (csm == null || csmOf(csms, r).equalsIgnoreCase(csm.trim())) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparing((Integer r) -> csmOf(csms, r).toLowerCase(Locale.ROOT))
                .thenComparingInt(r -> AskTable.riskRank(t.status(r))).thenComparing(t::id));
        PlaybookAdvisor advisor = new PlaybookAdvisor(catalog, t, today);
        List<Line> lines = new ArrayList<>();
        for (int r : rows) {
            for (Recommendation rec : advisor.forAccount(r)) {
                Object cell = rec.triggerNumber() == null ? rec.triggerValue()
                        : t.numbers(rec.triggerKpiKey()).map(n -> (Object) TableExport.number(rec.triggerNumber(), n.unit()))
                        .orElse(rec.triggerNumber());
                lines.add(new Line(csmOf(csms, r), rec, cell));
            }
        }
        return lines;
    }

    /// The plan as one table: the sheet of the .xlsx, the rows of the .csv.
    public static TableExport.Table table(List<Line> lines) {
        List<List<Object>> rows = new ArrayList<>(lines.size());
        for (Line l : lines) {
            Recommendation r = l.recommendation();
            rows.add(Arrays.asList(l.csm(), r.externalAccountId(), r.accountName(), r.playbook().name(), r.triggerKpi(),
                    l.triggerCell(), r.status() == null ? "" : AskTable.statusLabel(r.status()), r.owner(), r.dueDate(),
                    String.join("; ", r.steps()), r.why()));
        }
        return new TableExport.Table("Action plan", HEADERS, rows);
    }

    public static void write(Path target, List<Line> lines) throws IOException {
        TableExport.write(target, List.of(table(lines)));
    }

    private static Optional<Column.Texts> csmColumn(AskTable t) {
        return t.column(CSM).filter(Column.Texts.class::isInstance).map(Column.Texts.class::cast);
    }

    private static String csmOf(Column.Texts csms, int row) {
        String v = csms == null ? null : csms.value(row);
        return v == null ? "" : v;
    }
}
