package org.csm.onboarding.engine.score;

import java.util.ArrayList;
import java.util.List;

import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiRecord;

/// Test data builder: an account's KPI records as the transform step would create them.
final class AccountKpis {

    static final String ID = "SRVL-3007";
    static final String NAME = "Elastic AI Corp";

    private final KpiCatalog catalog = KpiCatalog.standard();
    private final List<KpiRecord> records = new ArrayList<>();

    static AccountKpis account() {
        return new AccountKpis();
    }

    /// The published SRVL-3007 row with expansion_potential Low (scoring.md's worked example).
    static AccountKpis elasticAiCorp() {
        return account()
                .num("daily_invocations", 2208).num("invocations_30d", 66240)
                .num("invocation_velocity_change_pct", -67.7).num("days_since_last_invocation", 29)
                .num("avg_execution_time_sec", 290.9).num("cold_start_pct", 21.0)
                .num("p95_latency_ms", 293412).num("error_rate_pct", 13.45)
                .num("monthly_spend", 19790.08).num("contract_value_annual", 237480.95)
                .text("expansion_potential", "Low").num("health_score", 4).text("churn_risk", "High");
    }

    AccountKpis num(String key, double value) {
        return add(key, value, null);
    }

    /// A text KPI with its label and the number the seed stores for it.
    AccountKpis text(String key, String label) {
        KpiDefinition def = catalog.get(key);
        return add(key, def.label(label).orElseThrow().storedValue(), label);
    }

    AccountKpis add(String key, double value, String label) {
        var def = catalog.find(key);
        records.add(new KpiRecord(ID, NAME, key, def.map(KpiDefinition::name).orElse(key),
                def.map(KpiDefinition::category).orElse(null), def.map(KpiDefinition::impact).orElse(null),
                def.map(KpiDefinition::frequency).orElse(null), value, label));
        return this;
    }

    List<KpiRecord> build() {
        return List.copyOf(records);
    }
}
