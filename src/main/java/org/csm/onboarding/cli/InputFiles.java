package org.csm.onboarding.cli;

import org.csm.onboarding.engine.playbook.PlaybookCatalog;
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

    /// The playbook catalogue a configuration file carries, checked; empty when it has none.
    static Optional<PlaybookCatalog> playbooks(Path path) throws IOException, FileRefusedException {
        String prefix = "The configuration file " + path + " has unusable playbooks: ";
        try {
            Optional<String> array = ConfigJson.playbooks(Files.readString(path, StandardCharsets.UTF_8));
            if (array.isEmpty()) {
                return Optional.empty();
            }
            PlaybookCatalog catalog = PlaybookCatalog.fromArrayJson(array.get());
            if (!catalog.problems().isEmpty()) {
                throw new FileRefusedException(path.getFileName().toString(), prefix + String.join(" ", catalog.problems()));
            }
            return Optional.of(catalog);
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new FileRefusedException(path.getFileName().toString(), prefix + e.getMessage());
        }
    }

    static OnboardingConfig config(Path path) throws IOException, FileRefusedException {
        try {
            return ConfigJson.read(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new FileRefusedException(path.getFileName().toString(), "The configuration file " + path + " is not usable: " + e.getMessage());
        }
    }
}
