package org.csm.onboarding.service;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.score.HealthScaleResolver;
import org.csm.onboarding.engine.score.RangeSuggester;
import org.csm.onboarding.engine.template.StandardTemplate;
import org.csm.onboarding.engine.transform.TableTransformer;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.OnboardingConfig;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/// One streamed pass over the data rows, shared by preview (which only counts) and import
/// (which also stores the rows free of errors through `accepted`).
final class Scanner {

    private Scanner() {
    }

    private static boolean isTemplateExample(AccountRow row) {
        return StandardTemplate.EXAMPLE_ID.equalsIgnoreCase(String.valueOf(row.account().externalAccountId()));
    }

    static PreviewResult scan(TableReader reader, FileAnalysis analysis, OnboardingConfig config, Progress progress,
                              Consumer<AccountRow> accepted) throws IOException, FileRefusedException {
        KpiCatalog catalog = KpiCatalog.standard();
        var rows = new RowCollector(new RangeSuggester(catalog));
        rows.addFileIssues(analysis.mappingIssues());
        TableTransformer.Summary summary = TableTransformer.run(reader, analysis.layout(), analysis.mapping(), catalog,
                progress, row -> {
                    if (isTemplateExample(row)) {
                        rows.addFileIssues(List.of(DataIssue.info(analysis.layout().sheet(), row.sourceRow(), null,
                                IssueCode.TEMPLATE_EXAMPLE_ROW, "The template's example row " + StandardTemplate.EXAMPLE_ID
                                        + " was left out; delete it from your copy when you like.")));
                    } else if (rows.accept(row)) {
                        accepted.accept(row);
                    }
                });
        rows.addFileIssues(summary.issues());
        if (summary.dataRows() == 0) {
            rows.addFileIssues(List.of(DataIssue.error(analysis.layout().sheet(), analysis.layout().headerRow(), null,
                    IssueCode.NO_DATA_ROWS, "The table has a header but no account rows below it.")));
        }
        if (summary.dataRows() > 0 && rows.accepted() + rows.rowsInError() == 0) {
            rows.addFileIssues(List.of(DataIssue.error(analysis.layout().sheet(), analysis.layout().headerRow(), null,
                    IssueCode.NO_DATA_ROWS, "The table has only the template's example row: add your accounts below the header.")));
        }
        var max = rows.suggester().max(KpiCatalog.HEALTH_SCORE);
        HealthScaleResolver.Resolution scale = HealthScaleResolver.resolve(config, max.isPresent() ? max.getAsDouble() : null);
        scale.noticeText().ifPresent(notice -> rows.addFileIssues(List.of(DataIssue.info(analysis.layout().sheet(), null,
                analysis.mapping().header(org.csm.onboarding.model.Field.HEALTH_SCORE).orElse(null), IssueCode.HEALTH_SCALE_0_100, notice))));
        return PreviewResult.of(analysis, summary.dataRows(), rows, scale, rows.suggester().suggest(scale.scale()),
                GoalAdvisor.recommend(analysis.mapping()));
    }
}
