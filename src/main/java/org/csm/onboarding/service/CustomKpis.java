package org.csm.onboarding.service;

import java.io.IOException;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.CellValues;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.ParsedNumber;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.read.TableReaders;
import org.csm.onboarding.engine.score.RangeSuggester;
import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.OnboardingConfig;

/// Making a KPI of a file column (issue 7, "Custom KPIs"): the thresholds its values suggest,
/// and the checks that the column can be one. Shared by the wizard's dialog and the command line.
public final class CustomKpis {

    private CustomKpis() {
    }

    /// Every number in `header`'s column below the header row; cells that are not numbers are skipped.
    public static double[] columnValues(FileAnalysis analysis, String header, Progress progress)
            throws IOException, FileRefusedException {
        int col = analysis.layout().columnOf(header);
        var values = java.util.stream.DoubleStream.builder();
        if (col < 0) {
            return new double[0];
        }
        try (TableReader reader = TableReaders.open(analysis.file())) {
            char decimal = reader.decimalSeparator();
            reader.read(analysis.layout().sheet(), row -> {
                if (row.rowNumber() > analysis.layout().headerRow() && !row.isBlank()) {
                    progress.checkCancelled();
                    ParsedNumber n = CellValues.parseNumber(row.cell(col), decimal);
                    if (!CellValues.isMissing(row.cell(col)) && n.isValid()) {
                        values.add(n.value());
                    }
                }
                return true;
            });
        }
        return values.build().toArray();
    }

    /// Thresholds for a KPI read from `header` that gets better in `direction`: the column's
    /// quartiles rounded to typed values, or null in the suggestion's range when the column
    /// cannot support one (too few or all-equal values; the note says which).
    public static RangeSuggester.KpiSuggestion suggest(FileAnalysis analysis, String header, Direction direction,
                                                       Progress progress) throws IOException, FileRefusedException {
        return RangeSuggester.suggest(CustomKpi.keyFor(header), direction, columnValues(analysis, header, progress), null);
    }

    /// Why `kpi` cannot be added to `config` for this file, or null when it can.
    public static String problem(FileAnalysis analysis, OnboardingConfig config, CustomKpi kpi) {
        String column = columnProblem(analysis, kpi.column());
        if (column != null) {
            return column;
        }
        try {
            config.withCustomKpi(kpi);
        } catch (IllegalArgumentException clash) {
            return clash.getMessage();
        }
        return null;
    }

    /// Why `column` of this file cannot become a KPI (absent, feeding a field, not numbers), or null.
    public static String columnProblem(FileAnalysis analysis, String column) {
        if (analysis.layout().columnOf(column) < 0) {
            return "The file has no column \"" + column + "\". Its columns: "
                    + String.join(", ", analysis.layout().headers().stream().filter(h -> !h.isBlank()).toList()) + ".";
        }
        var field = analysis.mapping().headerByField().entrySet().stream().filter(e -> e.getValue().equals(column)).findFirst();
        if (field.isPresent()) {
            return "\"" + column + "\" already feeds " + field.get().getKey().key()
                    + ": a column counts once, so map it to no field before making it a KPI.";
        }
        if (!analysis.numericHeaders().contains(column)) {
            return "\"" + column + "\" does not hold numbers, so it cannot be scored against thresholds.";
        }
        return null;
    }
}
