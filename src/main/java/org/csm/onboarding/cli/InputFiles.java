package org.csm.onboarding.cli;

import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.store.ConfigJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/// The JSON files a command can be given (`--mapping`, `--config`, `config import`); an
/// unusable one is refused like a data file, with its path in the message.
final class InputFiles {

    private InputFiles() {
    }

    static ColumnMapping mapping(Path path) throws IOException, FileRefusedException {
        if (path == null) {
            return null;
        }
        try {
            return ConfigJson.readMapping(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new FileRefusedException(path.getFileName().toString(), "The mapping file " + path + " is not usable: " + e.getMessage());
        }
    }

    static Optional<OnboardingConfig> optionalConfig(Path path) throws IOException, FileRefusedException {
        return path == null ? Optional.empty() : Optional.of(config(path));
    }

    static OnboardingConfig config(Path path) throws IOException, FileRefusedException {
        try {
            return ConfigJson.read(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new FileRefusedException(path.getFileName().toString(), "The configuration file " + path + " is not usable: " + e.getMessage());
        }
    }
}
