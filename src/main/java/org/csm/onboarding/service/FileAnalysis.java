package org.csm.onboarding.service;

import org.csm.onboarding.engine.validate.KpiCoverage;
import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.engine.detect.FileFormat;
import org.csm.onboarding.engine.detect.SheetLayout;
import org.csm.onboarding.engine.mapping.ColumnSuggestion;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.DataIssue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/// What a first look at a file found: where the table is, its format, the mapping in force and
/// where it came from, and the file-level mapping problems. Cheap: reads only the top rows.
///
/// `rememberedKpis` are the custom KPIs the mapping memory kept for this layout (empty unless
/// the mapping was remembered): [#recalledInto] adds them to a configuration. `numericHeaders`
/// are the columns whose sampled values are numbers: the ones that can become a custom KPI.
public record FileAnalysis(Path file, String fileName, String fileType, SheetLayout layout, FileFormat format,
                           List<ColumnSuggestion> suggestions, ColumnMapping mapping, MappingSource mappingSource,
                           String headerSignature, List<DataIssue> mappingIssues, ImportChoices choices,
                           List<CustomKpi> rememberedKpis, Set<String> numericHeaders) {

    /// Where the mapping in force came from.
    public enum MappingSource {
        EXPLICIT("explicit"), REMEMBERED("remembered"), AUTOMATIC("automatic");

        private final String code;

        MappingSource(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public FileAnalysis {
        suggestions = List.copyOf(suggestions);
        mappingIssues = List.copyOf(mappingIssues);
        choices = choices == null ? ImportChoices.DEFAULT : choices;
        rememberedKpis = rememberedKpis == null ? List.of() : List.copyOf(rememberedKpis);
        numericHeaders = numericHeaders == null ? Set.of() : Set.copyOf(numericHeaders);
    }

    public FileAnalysis(Path file, String fileName, String fileType, SheetLayout layout, FileFormat format,
                        List<ColumnSuggestion> suggestions, ColumnMapping mapping, MappingSource mappingSource,
                        String headerSignature, List<DataIssue> mappingIssues) {
        this(file, fileName, fileType, layout, format, suggestions, mapping, mappingSource, headerSignature, mappingIssues,
                ImportChoices.DEFAULT, List.of(), Set.of());
    }

    public FileAnalysis withChoices(ImportChoices newChoices) {
        return new FileAnalysis(file, fileName, fileType, layout, format, suggestions, mapping, mappingSource, headerSignature,
                mappingIssues, newChoices, rememberedKpis, numericHeaders);
    }

    /// Columns that can become a custom KPI under `config`: numbers, fed to no field and to none
    /// of its custom KPIs, in the file's order.
    public List<String> customKpiCandidates(OnboardingConfig config) {
        return layout.headers().stream().filter(h -> h != null && !h.isBlank() && numericHeaders.contains(h))
                .filter(h -> !mapping.headerByField().containsValue(h))
                .filter(h -> config.customKpis().stream().noneMatch(k -> k.column().equals(h))).toList();
    }

    /// `config` with the custom KPIs remembered for this layout that it does not define yet.
    public OnboardingConfig recalledInto(OnboardingConfig config) {
        return config.withRecalled(rememberedKpis);
    }

    /// The custom KPIs of `config` whose column is in this file: what the mapping memory keeps.
    public List<CustomKpi> customKpisInFile(OnboardingConfig config) {
        return config.customKpis().stream().filter(k -> layout.columnOf(k.column()) >= 0).toList();
    }

    /// Which KPIs this mapping feeds, against the KPIs (custom ones included) and weights
    /// `config` scores with.
    public KpiCoverage coverage(OnboardingConfig config) {
        return KpiCoverage.of(mapping, config.catalog().kpis(), config.weights(), header -> layout.columnOf(header) >= 0);
    }

    /// The coverage gate: too few KPIs and the CSM has not confirmed importing anyway.
    public boolean needsCoverageConfirmation(OnboardingConfig config) {
        return !choices.allowFewKpis() && coverage(config).tooFew();
    }

    /// Opens the file for a pass over its rows, with the CSM's cell edits served in place of the
    /// file's cells. Every pass (preview, import, live scoring, rejected rows) opens it here.
    public org.csm.onboarding.engine.read.TableReader open()
            throws java.io.IOException, org.csm.onboarding.engine.read.FileRefusedException {
        var reader = org.csm.onboarding.engine.read.TableReaders.open(file);
        if (choices.edits().isEmpty()) {
            return reader;
        }
        var edited = new org.csm.onboarding.engine.read.EditedTableReader(reader, layout.sheet());
        for (var e : choices.edits()) {
            int column = layout.columnOf(e.column());
            if (column >= 0) {
                edited.edit(e.row(), column, e.edited());
            }
        }
        return edited;
    }

    public boolean importable() {
        return mappingIssues.stream().noneMatch(DataIssue::isError);
    }
}
