package org.csm.onboarding.cli;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.KpiScore;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.ImportResult;
import org.csm.onboarding.service.PreviewResult;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/// Plain-text output for people at a terminal.
final class HumanOutput {

    /// A terminal screen of issues; --json lists them all.
    private static final int ISSUES_SHOWN = 40;

    private HumanOutput() {
    }

    static void preview(PrintStream out, PreviewResult p) {
        FileAnalysis a = p.analysis();
        out.printf("File:    %s (%s)%n", a.fileName(), a.fileType());
        out.printf("Table:   sheet \"%s\", header on row %d%n", a.layout().sheet(), a.layout().headerRow());
        out.printf("Format:  %s (mapping: %s)%n", a.format().code(), a.mappingSource().code());
        out.println("Mapping:");
        a.suggestions().forEach(s -> {
            String field = a.mapping().headerByField().entrySet().stream().filter(e -> e.getValue().equals(s.header()))
                    .map(e -> e.getKey().key()).findFirst().orElse("(not used)");
            out.printf("  %-34s -> %-32s %s%n", s.header(), field, s.mapped() ? String.format(Locale.ROOT, "%.0f%%", s.confidence() * 100) : "");
        });
        out.printf("Will create %d accounts and %d KPIs (%d data rows, %d with errors).%n",
                p.accounts(), p.kpiRecords(), p.dataRows(), p.rowsInError());
        issues(out, p.issues(), p.issueCounts().values().stream().mapToInt(Integer::intValue).sum());
    }

    static void imported(PrintStream out, ImportResult r, String workspace) {
        preview(out, r.preview());
        if (r.imported()) {
            out.printf("Imported into workspace \"%s\": %d accounts, %d KPI records%s.%n", workspace,
                    r.preview().accounts(), r.preview().kpiRecords(),
                    r.skippedRows() > 0 ? ", " + r.skippedRows() + " rows in error skipped" : "");
            r.scores().byStatus().forEach((s, n) -> out.printf("  %-18s %d%n", s.code(), n));
        } else {
            out.println("Nothing was imported: fix the errors above, or use --skip-invalid-rows to leave those rows out.");
        }
    }

    private static void issues(PrintStream out, List<DataIssue> issues, int total) {
        if (issues.isEmpty()) {
            out.println("No data issues.");
            return;
        }
        out.printf("Issues (%d):%n", total);
        issues.stream().limit(ISSUES_SHOWN).forEach(i -> out.printf("  %-7s %s%s%s [%s] %s%n", i.severity().code(), i.sheet(),
                i.row() == null ? "" : " row " + i.row(), i.column() == null ? "" : ", column \"" + i.column() + "\"",
                i.code().code(), i.message()));
        if (total > ISSUES_SHOWN) {
            out.printf("  ... and %d more (use --json for all).%n", total - ISSUES_SHOWN);
        }
    }

    static void scores(PrintStream out, List<HealthScore> scores, String workspace) {
        if (scores.isEmpty()) {
            out.println("No scored accounts in workspace \"" + workspace + "\". Import a file first.");
            return;
        }
        out.printf("%-14s %-32s %8s  %-18s %8s%n", "ID", "Account", "Score", "Status", "Coverage");
        for (HealthScore s : scores) {
            out.printf("%-14s %-32s %8s  %-18s %7.0f%%%n", s.externalAccountId(), truncate(s.accountName(), 32),
                    s.overall() == null ? "-" : String.format(Locale.ROOT, "%.2f", s.overall()), s.status().code(), s.coverage() * 100);
        }
    }

    static void explanation(PrintStream out, HealthScore s, List<String> next) {
        out.printf("%s %s: %s (%s), coverage %.0f%%%n", s.externalAccountId(), s.accountName(),
                s.overall() == null ? "no score" : String.format(Locale.ROOT, "%.2f", s.overall()), s.status().code(), s.coverage() * 100);
        for (Category c : Category.values()) {
            if (s.categories().containsKey(c)) {
                out.printf("  %-22s %6.2f%n", c.label(), s.categories().get(c));
            }
        }
        out.printf("%n  %-28s %14s %-9s %7s %7s  %s%n", "KPI", "Value", "Band", "Score", "Lost", "To improve");
        for (int i = 0; i < s.kpis().size(); i++) {
            KpiScore k = s.kpis().get(i);
            String value = k.label() != null ? k.label() : String.format(Locale.ROOT, "%,.2f", k.value());
            out.printf("  %-28s %14s %-9s %7.2f %7.2f  %s%n", k.kpiName(), value, k.band().name().toLowerCase(Locale.ROOT),
                    k.score(), k.pointsLost(), next.get(i) == null ? "" : next.get(i));
        }
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
