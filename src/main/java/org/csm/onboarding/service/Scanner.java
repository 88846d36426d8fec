package org.csm.onboarding.service;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.engine.score.RangeSuggester;
import org.csm.onboarding.engine.transform.TableTransformer;
import org.csm.onboarding.engine.validate.MappingCheck;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.table.AccountTable;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/// One streamed pass over the data rows, shared by preview (which only counts) and import
/// (which also stores the rows free of errors through `accepted`).
final class Scanner {

    private Scanner() {
    }

    /// `suggestRanges` false (an import) keeps no KPI values for range suggestions: a million
    /// accounts' values would otherwise sit in the heap twice, beside the columns being stored.
    /// `current` is the workspace's snapshot the rows are compared with (null: a new workspace).
    static PreviewResult scan(TableReader reader, FileAnalysis analysis, OnboardingConfig config, Progress progress,
                              boolean suggestRanges, AccountTable current, Consumer<AccountRow> accepted)
            throws IOException, FileRefusedException {
        KpiCatalog catalog = config.catalog();
        var rows = new RowCollector(suggestRanges ? new RangeSuggester(catalog) : null, current, analysis.choices().edits()
                .stream().map(org.csm.onboarding.model.CellEdit::row).collect(java.util.stream.Collectors.toSet()));
        rows.addFileIssues(analysis.layout().notes());
        rows.addFileIssues(analysis.mappingIssues());
        rows.addFileIssues(MappingCheck.checkCustom(analysis.layout(), analysis.mapping(), catalog));
        TableTransformer.Summary summary = TableTransformer.run(reader, analysis.layout(), analysis.mapping(), catalog,
                analysis.choices().duplicates(), progress, row -> {
                    if (rows.accept(row)) {
                        accepted.accept(row);
                    }
                });
        rows.addFileIssues(summary.issues());
        rows.addFileIssues(reader.notes());
        if (summary.dataRows() == 0) {
            rows.addFileIssues(List.of(DataIssue.error(analysis.layout().sheet(), analysis.layout().headerRow(), null,
                    IssueCode.NO_DATA_ROWS, "The table has a header but no account rows below it.")));
        }
        HealthScaleResolver.Resolution scale = HealthScaleResolver.resolve(config, rows.healthScoreMax());
        scale.noticeText().ifPresent(notice -> rows.addFileIssues(List.of(DataIssue.info(analysis.layout().sheet(), null,
                analysis.mapping().header(org.csm.onboarding.model.Field.HEALTH_SCORE).orElse(null), IssueCode.HEALTH_SCALE_0_100, notice))));
        return PreviewResult.of(analysis, summary, rows, scale, rows.suggestion(scale.scale()),
                GoalAdvisor.recommend(analysis.mapping()), analysis.coverage(config));
    }
}
