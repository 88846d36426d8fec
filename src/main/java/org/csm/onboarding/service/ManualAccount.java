package org.csm.onboarding.service;

import java.util.LinkedHashMap;
import java.util.Map;

/// An account as a CSM types it in the "add or edit an account by hand" form: every value is
/// the raw text of its field, exactly as a cell of an imported file would hold it, so the same
/// rules read both. `kpis` maps a KPI key (a [org.csm.onboarding.model.KpiCatalog] key) to its
/// raw value: a number, or a label such as "High" for a text KPI. Blank means "no value".
public record ManualAccount(String externalId, String name, String segment, String csm, String industry,
                            String region, String useCase, String gpuType, String signupDate, Map<String, String> kpis) {

    public ManualAccount {
        kpis = kpis == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
    }

    /// An empty form.
    public static ManualAccount blank() {
        return new ManualAccount("", "", "", "", "", "", "", "", "", Map.of());
    }

    /// The raw value of one KPI, "" when none.
    public String kpi(String key) {
        String value = kpis.get(key);
        return value == null ? "" : value;
    }
}
