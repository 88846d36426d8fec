package org.csm.onboarding.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csm.onboarding.engine.ask.Answer;
import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.engine.ask.Column;
import org.csm.onboarding.engine.playbook.Recommendation;

/// The `ask --json` and `playbooks --json` documents (a contract: keys are only ever added).
final class AskJson {

    private AskJson() {
    }

    static Map<String, Object> answer(Answer a, AskTable table) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("question", a.question());
        m.put("understood", a.understood());
        m.put("kind", a.kind().code());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r : a.rows()) {
            rows.add(row(table, r, a.columns()));
        }
        m.put("rows", rows);
        m.put("value", a.value() == null || a.value().isNaN() ? null : Json.round(a.value()));
        m.put("suggestions", a.suggestions());
        if (a.problem() != null) {
            m.put("problem", a.problem());
        }
        if (!a.groups().isEmpty()) {
            List<Map<String, Object>> groups = new ArrayList<>();
            for (Answer.Group g : a.groups()) {
                Map<String, Object> gm = new LinkedHashMap<>();
                gm.put("group", g.key());
                gm.put("value", Double.isNaN(g.value()) ? null : Json.round(g.value()));
                gm.put("accounts", g.accounts());
                groups.add(gm);
            }
            m.put("groups", groups);
        }
        if (!a.lines().isEmpty()) {
            m.put("explanation", a.lines());
        }
        if (!a.playbooks().isEmpty() || a.kind() == org.csm.onboarding.engine.ask.AnswerKind.PLAYBOOKS) {
            m.put("playbooks", a.playbooks().stream().map(AskJson::recommendation).toList());
        }
        return m;
    }

    private static Map<String, Object> row(AskTable table, int r, List<Column> columns) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("external_account_id", table.id(r));
        m.put("account_name", table.name(r));
        m.put("status", table.status(r) == null ? null : table.status(r).code());
        for (Column c : columns) {
            if (c instanceof Column.Numbers n) {
                double v = n.value(r);
                m.put(c.key(), Double.isNaN(v) ? null : Json.round(v));
            } else if (c instanceof Column.Texts t && !c.key().equals(AskTable.STATUS)) {
                m.put(c.key(), t.value(r));
            }
        }
        return m;
    }

    static Map<String, Object> recommendation(Recommendation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("external_account_id", r.externalAccountId());
        m.put("account_name", r.accountName());
        m.put("playbook", r.playbook().name());
        m.put("trigger_kpi", r.triggerKpi());
        m.put("trigger_value", r.triggerNumber() != null ? Json.round(r.triggerNumber()) : r.triggerValue());
        m.put("status", r.status() == null ? null : r.status().code());
        m.put("owner", r.owner());
        m.put("due_date", r.dueDate().toString());
        m.put("steps", r.steps());
        m.put("why", r.why());
        return m;
    }
}
