package org.csm.onboarding.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.score.RangeSuggester;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.CustomKpis;
import org.csm.onboarding.service.FileAnalysis;

/// `--custom-kpi "column=Tickets (30d),category=support,direction=lower[,name=..][,critical=..,healthy=..]
/// [,impact=..][,frequency=..]"`: a custom KPI from a file column without the wizard. The name
/// defaults to the column, impact to Medium, frequency to Monthly; without thresholds the
/// column's quartiles are suggested, rounded as the wizard rounds them. A comma splits the spec
/// only before a known `key=`, so a header may hold commas.
final class CustomKpiSpecs {

    private static final List<String> KEYS = List.of("column", "name", "category", "direction", "critical", "healthy",
            "impact", "frequency");
    private static final Pattern SPLIT = Pattern.compile(",(?=\\s*(" + String.join("|", KEYS) + ")\\s*=)");

    private CustomKpiSpecs() {
    }

    /// `config` with each spec's custom KPI added, checked against the analysed file.
    static OnboardingConfig apply(List<String> specs, OnboardingConfig config, FileAnalysis analysis)
            throws CommandFailure, IOException, FileRefusedException {
        OnboardingConfig result = config;
        for (String spec : specs) {
            CustomKpi kpi = parse(spec, analysis);
            String problem = CustomKpis.problem(analysis, result, kpi);
            if (problem != null) {
                throw usage("--custom-kpi \"" + spec + "\": " + problem);
            }
            result = result.withCustomKpi(kpi);
        }
        return result;
    }

    static CustomKpi parse(String spec, FileAnalysis analysis) throws CommandFailure, IOException, FileRefusedException {
        Map<String, String> parts = parts(spec);
        String column = required(parts, "column", spec);
        String columnProblem = CustomKpis.columnProblem(analysis, column);
        if (columnProblem != null) {
            throw usage("--custom-kpi \"" + spec + "\": " + columnProblem);
        }
        Category category = choice(parts, "category", spec, Category.values(), c -> c.label(), null);
        Direction direction = choice(parts, "direction", spec, new Direction[] {Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER},
                Direction::label, null);
        Impact impact = choice(parts, "impact", spec, Impact.values(), Impact::label, Impact.MEDIUM);
        Frequency frequency = choice(parts, "frequency", spec, Frequency.values(), Frequency::label, Frequency.MONTHLY);
        String name = parts.getOrDefault("name", column);
        double critical;
        double healthy;
        if (parts.containsKey("critical") != parts.containsKey("healthy")) {
            throw usage("--custom-kpi \"" + spec + "\": give both critical= and healthy=, or neither to have them suggested.");
        }
        if (parts.containsKey("critical")) {
            critical = number(parts.get("critical"), spec);
            healthy = number(parts.get("healthy"), spec);
        } else {
            RangeSuggester.KpiSuggestion s = CustomKpis.suggest(analysis, column, direction, Progress.NONE);
            if (s.range() == null) {
                throw usage("--custom-kpi \"" + spec + "\": cannot suggest thresholds from \"" + column + "\" (" + s.note()
                        + "); give critical= and healthy=.");
            }
            critical = s.range().critical();
            healthy = s.range().healthy();
        }
        try {
            return CustomKpi.of(name, column, category, direction, impact, frequency, critical, healthy);
        } catch (IllegalArgumentException e) {
            throw usage("--custom-kpi \"" + spec + "\": " + e.getMessage());
        }
    }

    private static Map<String, String> parts(String spec) throws CommandFailure {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : SPLIT.split(spec)) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? "" : part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw usage("--custom-kpi \"" + spec + "\": \"" + part.strip() + "\" is not one of " + String.join("=, ", KEYS) + "=.");
            }
            if (parts.put(key, part.substring(eq + 1).strip()) != null) {
                throw usage("--custom-kpi \"" + spec + "\": " + key + "= is given twice.");
            }
        }
        return parts;
    }

    private static String required(Map<String, String> parts, String key, String spec) throws CommandFailure {
        String value = parts.get(key);
        if (value == null || value.isBlank()) {
            throw usage("--custom-kpi \"" + spec + "\" needs " + key + "=.");
        }
        return value;
    }

    /// A closed choice by its label or constant name, any case and with spaces or underscores.
    private static <T extends Enum<T>> T choice(Map<String, String> parts, String key, String spec, T[] values,
                                                java.util.function.Function<T, String> label, T fallback) throws CommandFailure {
        String value = parts.get(key);
        if (value == null) {
            if (fallback == null) {
                throw usage("--custom-kpi \"" + spec + "\" needs " + key + "= (one of "
                        + String.join(", ", Arrays.stream(values).map(label).map(CustomKpiSpecs::typed).toList()) + ").");
            }
            return fallback;
        }
        String typed = typed(value);
        for (T v : values) {
            if (typed(label.apply(v)).equals(typed) || typed(v.name()).equals(typed)) {
                return v;
            }
        }
        throw usage("--custom-kpi \"" + spec + "\": " + key + "=" + value + " is not one of "
                + String.join(", ", Arrays.stream(values).map(label).map(CustomKpiSpecs::typed).toList()) + ".");
    }

    private static String typed(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
    }

    private static double number(String text, String spec) throws CommandFailure {
        try {
            return Double.parseDouble(text.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw usage("--custom-kpi \"" + spec + "\": \"" + text + "\" is not a number.");
        }
    }

    private static CommandFailure usage(String message) {
        return new CommandFailure(CommandLine.USAGE, "usage", message);
    }
}
