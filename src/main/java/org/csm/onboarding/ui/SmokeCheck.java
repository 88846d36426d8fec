package org.csm.onboarding.ui;

import javafx.application.Platform;
import org.csm.onboarding.service.BundledSample;
import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.ImportResult;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/// The installed app's self-test (`--smoke`): with the main window open, imports the bundled
/// sample into a throw-away database, checks that every account got a score, and exits.
final class SmokeCheck {

    private static final Logger LOG = Logger.getLogger(SmokeCheck.class.getName());

    private SmokeCheck() {
    }

    static Path tempDataDir() {
        try {
            return Files.createTempDirectory("csm-onboarding-smoke");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void runAndExit(Store store) {
        Thread worker = new Thread(() -> {
            int code = 1;
            try {
                var service = new OnboardingService(store);
                FileAnalysis analysis = service.analyze(BundledSample.path(), null);
                ImportResult result = service.importFile(analysis, "smoke", OnboardingConfig.defaults(), false, Progress.NONE);
                boolean ok = result.imported() && result.scores() != null && result.scores().accounts() == result.preview().accounts()
                        && result.preview().accounts() > 0;
                System.out.println("smoke: " + (ok ? "ok" : "FAILED") + ", sample " + analysis.fileName() + ", "
                        + result.preview().accounts() + " accounts, " + result.preview().kpiRecords() + " KPI records, scores "
                        + (result.scores() == null ? "none" : result.scores().byStatus()));
                code = ok ? 0 : 1;
            } catch (Exception | Error e) {
                LOG.log(Level.SEVERE, "Smoke check failed", e);
                System.out.println("smoke: FAILED: " + e.getMessage());
            }
            int exit = code;
            Platform.runLater(() -> {
                Platform.exit();
                System.exit(exit);
            });
        }, "smoke-check");
        worker.setDaemon(true);
        worker.start();
    }
}
