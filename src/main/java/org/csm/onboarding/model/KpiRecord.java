package org.csm.onboarding.model;

/// One KPI value of one account (seed step 5). `value` is never a stand-in for missing data:
/// a KPI without a valid value produces no record. For TEXT KPIs `label` holds the label as
/// the catalogue spells it and `value` the number the seed stores for it.
public record KpiRecord(String externalAccountId, String accountName, String kpiKey, String kpiName,
                        Category category, Impact impact, Frequency frequency, double value, String label) {
}
