package org.csm.onboarding.cli;

import org.csm.onboarding.service.ImportChoices;
import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.service.PreviewResult;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.dialect.DbLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;

/// `preview FILE`: detection, mapping with confidence, counts, issues, first rows; writes nothing.
@Command(name = "preview", description = "Detect the format, map the columns, check the data; writes nothing.")
final class PreviewCommand extends SessionCommand {

    private static final Logger LOG = Logger.getLogger(PreviewCommand.class.getName());

    @Mixin
    InputOptions input;

    @Mixin
    DataOptions data;

    PreviewCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws Exception {
        DbLocation location = session.location(data);
        ColumnMapping columns = input.columns();
        OnboardingConfig scoring = input.scoring().orElseGet(OnboardingConfig::defaults);
        PreviewResult preview;
        OnboardingConfig used;
        try (Store store = storeForRecall(location)) {
            var service = new OnboardingService(store);
            FileAnalysis analysis = service.analyze(input.file, columns)
                    .withChoices(ImportChoices.DEFAULT.withOnDuplicate(input.duplicatePolicy()));
            used = input.withCustomKpis(scoring, analysis);
            preview = service.preview(analysis, used, Progress.NONE);
        }
        if (data.json) {
            Map<String, Object> json = Json.preview(preview, false);
            json.put("custom_kpis", Json.customKpis(used, preview.coverage()));
            session.printJson(json);
        } else {
            HumanOutput.preview(session.out, preview);
        }
        return preview.hasErrors() ? CommandLine.REFUSED : CommandLine.OK;
    }

    @Override
    Map<String, Object> failureKeys() {
        return input.failureKeys();
    }

    /// Preview writes nothing, but a mapping remembered from an earlier import still applies:
    /// use an existing database when one can be opened, and go on without it otherwise.
    private static Store storeForRecall(DbLocation location) {
        if (!Store.exists(location)) {
            return null;
        }
        try {
            return Store.open(location);
        } catch (StoreException e) {
            LOG.info("Preview without remembered mappings: " + e.getMessage());
            return null;
        }
    }
}
