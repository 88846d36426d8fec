package org.csm.onboarding.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.csm.onboarding.model.Band.AT_RISK;
import static org.csm.onboarding.model.Band.CRITICAL;
import static org.csm.onboarding.model.Band.HEALTHY;
import static org.csm.onboarding.model.Category.BUSINESS_OUTCOMES;
import static org.csm.onboarding.model.Category.CUSTOMER_SENTIMENT;
import static org.csm.onboarding.model.Category.PRODUCT_USAGE;
import static org.csm.onboarding.model.Category.SUPPORT;
import static org.csm.onboarding.model.Direction.HIGHER_IS_BETTER;
import static org.csm.onboarding.model.Direction.LOWER_IS_BETTER;
import static org.csm.onboarding.model.Direction.TEXT;

/// The 13 KPIs of scoring.md with their data-center benchmark ranges, in the seed's order
/// ([#standard]), and a workspace's catalogue: those 13 followed by the custom KPIs its
/// configuration defines ([#withCustom], [OnboardingConfig#catalog]). Everything that scores,
/// explains, lists or asks about KPIs takes the catalogue it is given, so a custom KPI is
/// treated exactly like a standard one.
public final class KpiCatalog {

    public static final String HEALTH_SCORE = "health_score";

    private final List<KpiDefinition> kpis;
    private final Map<String, ReferenceRange> benchmarks;

    private KpiCatalog(List<KpiDefinition> kpis, Map<String, ReferenceRange> benchmarks) {
        this.kpis = List.copyOf(kpis);
        this.benchmarks = Map.copyOf(benchmarks);
    }

    private static final KpiCatalog DEFAULT = build();

    public static KpiCatalog standard() {
        return DEFAULT;
    }

    /// The standard KPIs followed by `custom` (their own thresholds as benchmarks). A custom KPI
    /// whose key or name repeats one already in the catalogue is refused: the two would be
    /// indistinguishable in explanations and questions.
    public KpiCatalog withCustom(List<CustomKpi> custom) {
        if (custom.isEmpty()) {
            return this;
        }
        var all = new java.util.ArrayList<>(kpis);
        var ranges = new LinkedHashMap<>(benchmarks);
        for (CustomKpi c : custom) {
            for (KpiDefinition k : all) {
                if (k.key().equals(c.key()) || k.name().equalsIgnoreCase(c.name())) {
                    throw new IllegalArgumentException("There is already a KPI called \"" + k.name()
                            + "\": give the custom KPI from " + c.column() + " another name.");
                }
            }
            all.add(c.definition());
            ranges.put(c.key(), c.range());
        }
        return new KpiCatalog(all, ranges);
    }

    /// The KPIs the catalogue ships with (not the workspace's custom ones).
    public List<KpiDefinition> standardKpis() {
        return kpis.stream().filter(k -> !k.isCustom()).toList();
    }

    /// The workspace's custom KPIs, in the order they were defined.
    public List<KpiDefinition> customKpis() {
        return kpis.stream().filter(KpiDefinition::isCustom).toList();
    }

    public List<KpiDefinition> kpis() {
        return kpis;
    }

    public Optional<KpiDefinition> find(String key) {
        return kpis.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    public KpiDefinition get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("Unknown KPI: " + key));
    }

    public List<KpiDefinition> inCategory(Category category) {
        return kpis.stream().filter(k -> k.category() == category).toList();
    }

    /// Benchmark thresholds keyed by KPI key, in catalogue order. Health Score's are on the seed's 0-10 scale.
    public Map<String, ReferenceRange> benchmarkRanges() {
        var ordered = new LinkedHashMap<String, ReferenceRange>();
        kpis.forEach(k -> ordered.put(k.key(), benchmarks.get(k.key())));
        return ordered;
    }

    private static KpiCatalog build() {
        var kpis = new java.util.ArrayList<KpiDefinition>();
        var ranges = new LinkedHashMap<String, ReferenceRange>();
        numeric(kpis, ranges, Field.DAILY_INVOCATIONS, "Daily Invocations", PRODUCT_USAGE, Impact.HIGH, Frequency.DAILY, HIGHER_IS_BETTER, 100, 500);
        numeric(kpis, ranges, Field.INVOCATIONS_30D, "Monthly Invocations", PRODUCT_USAGE, Impact.HIGH, Frequency.MONTHLY, HIGHER_IS_BETTER, 3_000, 15_000);
        numeric(kpis, ranges, Field.INVOCATION_VELOCITY_CHANGE_PCT, "Invocation Velocity Change", PRODUCT_USAGE, Impact.MEDIUM, Frequency.MONTHLY, HIGHER_IS_BETTER, -50, 0);
        numeric(kpis, ranges, Field.DAYS_SINCE_LAST_INVOCATION, "Days Since Last Invocation", PRODUCT_USAGE, Impact.HIGH, Frequency.DAILY, LOWER_IS_BETTER, 30, 7);
        numeric(kpis, ranges, Field.AVG_EXECUTION_TIME_SEC, "Average Execution Time", SUPPORT, Impact.HIGH, Frequency.DAILY, LOWER_IS_BETTER, 500, 200);
        numeric(kpis, ranges, Field.COLD_START_PCT, "Cold Start Percentage", SUPPORT, Impact.MEDIUM, Frequency.DAILY, LOWER_IS_BETTER, 50, 20);
        numeric(kpis, ranges, Field.P95_LATENCY_MS, "P95 Latency", SUPPORT, Impact.HIGH, Frequency.DAILY, LOWER_IS_BETTER, 500_000, 100_000);
        numeric(kpis, ranges, Field.ERROR_RATE_PCT, "Error Rate", SUPPORT, Impact.CRITICAL, Frequency.DAILY, LOWER_IS_BETTER, 10, 5);
        numeric(kpis, ranges, Field.MONTHLY_SPEND, "Monthly Spend", BUSINESS_OUTCOMES, Impact.HIGH, Frequency.MONTHLY, HIGHER_IS_BETTER, 1_000, 10_000);
        numeric(kpis, ranges, Field.CONTRACT_VALUE_ANNUAL, "Annual Contract Value", BUSINESS_OUTCOMES, Impact.HIGH, Frequency.ANNUAL, HIGHER_IS_BETTER, 50_000, 200_000);
        text(kpis, ranges, Field.EXPANSION_POTENTIAL, "Expansion Potential Score", BUSINESS_OUTCOMES, Impact.MEDIUM, Frequency.QUARTERLY,
                List.of(new KpiDefinition.TextLabel("Low", 1, CRITICAL), new KpiDefinition.TextLabel("Medium", 2, AT_RISK),
                        new KpiDefinition.TextLabel("High", 3, HEALTHY)));
        numeric(kpis, ranges, Field.HEALTH_SCORE, "Health Score", CUSTOMER_SENTIMENT, Impact.CRITICAL, Frequency.MONTHLY, HIGHER_IS_BETTER, 3, 6);
        text(kpis, ranges, Field.CHURN_RISK, "Churn Risk Score", CUSTOMER_SENTIMENT, Impact.CRITICAL, Frequency.MONTHLY,
                List.of(new KpiDefinition.TextLabel("High", 1, CRITICAL), new KpiDefinition.TextLabel("Medium", 2, AT_RISK),
                        new KpiDefinition.TextLabel("Low", 3, HEALTHY)));
        return new KpiCatalog(kpis, ranges);
    }

    private static void numeric(List<KpiDefinition> kpis, Map<String, ReferenceRange> ranges, Field field, String name,
                                Category category, Impact impact, Frequency frequency, Direction direction,
                                double critical, double healthy) {
        kpis.add(new KpiDefinition(field.key(), name, field, category, impact, frequency, direction, List.of()));
        ranges.put(field.key(), new ReferenceRange(field.key(), direction, critical, healthy));
    }

    private static void text(List<KpiDefinition> kpis, Map<String, ReferenceRange> ranges, Field field, String name,
                             Category category, Impact impact, Frequency frequency, List<KpiDefinition.TextLabel> labels) {
        kpis.add(new KpiDefinition(field.key(), name, field, category, impact, frequency, TEXT, labels));
        ranges.put(field.key(), new ReferenceRange(field.key(), TEXT, labels.getFirst().storedValue(), labels.getLast().storedValue()));
    }
}
