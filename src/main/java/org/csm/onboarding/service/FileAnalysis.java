package org.csm.onboarding.service;

import org.csm.onboarding.engine.validate.KpiCoverage;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.engine.detect.FileFormat;
import org.csm.onboarding.engine.detect.SheetLayout;
import org.csm.onboarding.engine.mapping.ColumnSuggestion;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.DataIssue;

import java.nio.file.Path;
import java.util.List;

/// What a first look at a file found: where the table is, its format, the mapping in force and
/// where it came from, and the file-level mapping problems. Cheap: reads only the top rows.
public record FileAnalysis(Path file, String fileName, String fileType, SheetLayout layout, FileFormat format,
                           List<ColumnSuggestion> suggestions, ColumnMapping mapping, MappingSource mappingSource,
                           String headerSignature, List<DataIssue> mappingIssues, ImportChoices choices) {

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
    }

    public FileAnalysis(Path file, String fileName, String fileType, SheetLayout layout, FileFormat format,
                        List<ColumnSuggestion> suggestions, ColumnMapping mapping, MappingSource mappingSource,
                        String headerSignature, List<DataIssue> mappingIssues) {
        this(file, fileName, fileType, layout, format, suggestions, mapping, mappingSource, headerSignature, mappingIssues,
                ImportChoices.DEFAULT);
    }

    public FileAnalysis withChoices(ImportChoices newChoices) {
        return new FileAnalysis(file, fileName, fileType, layout, format, suggestions, mapping, mappingSource, headerSignature,
                mappingIssues, newChoices);
    }

    /// Which KPIs this mapping feeds, against the KPIs and weights `config` scores with.
    public KpiCoverage coverage(OnboardingConfig config) {
        return KpiCoverage.of(mapping, KpiCatalog.standard().kpis(), config.weights());
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
