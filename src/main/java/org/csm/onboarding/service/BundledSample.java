package org.csm.onboarding.service;

import java.nio.file.Files;
import java.nio.file.Path;

/// The sample customer export shipped with the app, for "Try with the sample" and the
/// packaged app's self-test: beside the jar in an installed app (`samples/`), or in the source
/// tree's `assets/samples/` when run from a checkout.
public final class BundledSample {

    public static final String FILE_NAME = "serverless_model_cs_platform.xlsx";

    private BundledSample() {
    }

    public static Path path() {
        try {
            Path jarDir = Path.of(BundledSample.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
            for (Path candidate : new Path[] {jarDir.resolve("samples").resolve(FILE_NAME),
                    jarDir.getParent().resolve("assets").resolve("samples").resolve(FILE_NAME),
                    Path.of("assets", "samples", FILE_NAME)}) {
                if (Files.isRegularFile(candidate)) {
                    return candidate.toAbsolutePath();
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // an unusual class loader: fall back to the working-directory guess below
        }
        return Path.of("assets", "samples", FILE_NAME).toAbsolutePath();
    }
}
