package org.csm.onboarding.engine.ask;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.AskService;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.store.Store;

/// The sample workbook imported with the default configuration into a throw-away store, and an
/// Ask engine over it with a fixed "today" (2026-01-15) so due dates are stable.
public final class SampleWorkspace {

    public static final Path SAMPLE = Path.of("assets/samples/serverless_model_cs_platform.xlsx");
    public static final String WS = "sample";
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);

    private SampleWorkspace() {
    }

    /// Imports the sample into a fresh store under a temporary folder and returns its Ask service.
    public static AskService importSample(Path dir) throws Exception {
        Store store = Store.open(dir.resolve("data"));
        OnboardingService onboarding = new OnboardingService(store);
        onboarding.importFile(onboarding.analyze(SAMPLE, null), WS, OnboardingConfig.defaults(), false, Progress.NONE);
        return new AskService(store, TODAY);
    }

    public static AskEngine engine() throws Exception {
        Path dir = Files.createTempDirectory("ask-sample");
        return importSample(dir).engine(WS).orElseThrow();
    }
}
