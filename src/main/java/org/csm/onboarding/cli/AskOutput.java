package org.csm.onboarding.cli;

import java.io.PrintStream;
import java.util.List;

import org.csm.onboarding.engine.ask.Answer;
import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.engine.ask.Column;
import org.csm.onboarding.engine.playbook.Recommendation;

/// Human-readable `ask` and `playbooks` output: what was understood first, then the answer.
final class AskOutput {

    private static final int MAX_ROWS = 50;

    private AskOutput() {
    }

    static void answer(PrintStream out, Answer a, AskTable table) {
        if (a.problem() != null) {
            out.println("Not understood: " + a.problem());
            if (!a.suggestions().isEmpty()) {
                out.println("Questions I can answer:");
                a.suggestions().forEach(s -> out.println("  " + s));
            }
            return;
        }
        out.println("Understood: " + a.understood());
        if (a.value() != null) {
            Column.Numbers measure = a.columns().stream().filter(Column.Numbers.class::isInstance)
                    .map(Column.Numbers.class::cast).findFirst().orElse(null);
            out.println("Answer: " + format(a, measure, a.value()));
        }
        a.groups().forEach(g -> out.printf("  %-30s %s  (%d accounts)%n", g.key(),
                format(a, a.columns().stream().filter(Column.Numbers.class::isInstance).map(Column.Numbers.class::cast)
                        .findFirst().orElse(null), g.value()), g.accounts()));
        a.lines().forEach(out::println);
        if (!a.playbooks().isEmpty() || a.lines().isEmpty() && a.groups().isEmpty()) {
            int shown = 0;
            for (int r : a.rows()) {
                if (shown++ == MAX_ROWS) {
                    out.println("  ... and " + (a.rows().length - MAX_ROWS) + " more");
                    break;
                }
                StringBuilder line = new StringBuilder(String.format("  %-12s %-32s %-10s", table.id(r), table.name(r),
                        table.status(r) == null ? "" : AskTable.statusLabel(table.status(r))));
                for (Column c : a.columns()) {
                    if (c instanceof Column.Numbers n) {
                        line.append("  ").append(c.label()).append(' ').append(n.unit().format(n.value(r)));
                    } else if (c instanceof Column.Texts t && !c.key().equals(AskTable.STATUS)) {
                        line.append("  ").append(c.label()).append(' ').append(t.value(r));
                    }
                }
                out.println(line);
            }
        }
        playbooks(out, a.playbooks());
    }

    private static String format(Answer a, Column.Numbers measure, double v) {
        if (a.kind() == org.csm.onboarding.engine.ask.AnswerKind.COUNT || measure == null) {
            return org.csm.onboarding.engine.ask.Unit.NONE.format(v);
        }
        return measure.unit().format(v);
    }

    static void playbooks(PrintStream out, List<Recommendation> recs) {
        for (Recommendation r : recs) {
            out.printf("%-12s %-28s %-24s due %s  owner %s%n    %s%n", r.externalAccountId(), r.accountName(),
                    r.playbook().name(), r.dueDate(), r.owner(), r.why());
        }
    }
}
