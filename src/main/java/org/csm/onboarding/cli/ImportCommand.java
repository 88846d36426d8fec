package org.csm.onboarding.cli;

import org.csm.onboarding.service.ImportChoices;
import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.ImportResult;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.Optional;

/// `import FILE`: one transaction for accounts, profile metadata, KPI records, configuration, scores.
@Command(name = "import", description = "Import accounts and KPI records in one transaction and score them.")
final class ImportCommand extends WorkspaceCommand {

    @Mixin
    InputOptions input;

    @Option(names = "--skip-invalid-rows", description = "import the valid rows and leave the rows in error out")
    boolean skipInvalidRows;

    @Option(names = "--allow-few-kpis", description = "import even when fewer than half of the KPIs, or none of a weighted category, are in the file")
    boolean allowFewKpis;

    ImportCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws Exception {
        ColumnMapping columns = input.columns();
        Optional<OnboardingConfig> explicitConfig = input.scoring();
        try (Store db = session.openStore(store)) {
            OnboardingConfig configured = explicitConfig.isPresent() ? explicitConfig.get() : new WorkspaceService(db).config(store.workspace);
            var service = new OnboardingService(db);
            FileAnalysis analysis = service.analyze(input.file, columns)
                    .withChoices(new ImportChoices(input.duplicatePolicy(), allowFewKpis));
            OnboardingConfig scoring = input.withCustomKpis(configured, analysis);
            if (analysis.importable() && analysis.needsCoverageConfirmation(scoring)) {
                throw new CommandFailure(CommandLine.REFUSED, "too_few_kpis", "Only " + analysis.coverage(scoring).explanation()
                        + " Scores from so few KPIs mislead; map more columns, or use --allow-few-kpis to import anyway.");
            }
            ImportResult result = service.importFile(analysis, store.workspace, scoring, skipInvalidRows,
                    store.json ? Progress.NONE : new ConsoleProgress(session.err));
            if (store.json) {
                Map<String, Object> json = Json.imported(result, store.workspace);
                json.put("custom_kpis", Json.customKpis(scoring, result.preview().coverage()));
                session.printJson(json);
            } else {
                HumanOutput.imported(session.out, result, store.workspace);
            }
            return result.imported() ? CommandLine.OK : CommandLine.REFUSED;
        }
    }

    @Override
    Map<String, Object> failureKeys() {
        Map<String, Object> m = input.failureKeys();
        m.put("workspace", store.workspace);
        return m;
    }
}
