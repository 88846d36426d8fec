package org.csm.onboarding.ui.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.csm.onboarding.store.ConfigJson;

/// Keeps the wizard draft as JSON in the data folder so closing and reopening resumes where the
/// user was. A damaged draft file is ignored (and logged): it only costs the resume.
public final class DraftStore {

    public static final String FILE_NAME = "wizard-draft.json";
    private static final Logger LOG = Logger.getLogger(DraftStore.class.getName());

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    public DraftStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public void save(WizardDraft draft) {
        ObjectNode root = json.createObjectNode();
        try {
            root.set("config", json.readTree(ConfigJson.write(draft.config())));
            if (draft.mappingProperty().get() != null) {
                root.set("mapping", json.readTree(ConfigJson.writeMapping(draft.mappingProperty().get())));
            }
            if (draft.fileProperty().get() != null) {
                root.put("file", draft.fileProperty().get().toAbsolutePath().toString());
            }
            root.put("accountCount", draft.accountCountProperty().get());
            root.put("step", draft.stepProperty().get());
            root.put("workspace", draft.workspaceProperty().get());
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not save the wizard draft", e);
        }
    }

    /// The saved draft, if there is a readable one whose file still exists.
    public Optional<WizardDraft> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            WizardDraft draft = new WizardDraft();
            draft.configProperty().set(ConfigJson.read(root.get("config").toString()));
            if (root.hasNonNull("mapping")) {
                draft.mappingProperty().set(ConfigJson.readMapping(root.get("mapping").toString()));
            }
            if (root.hasNonNull("file")) {
                Path source = Path.of(root.get("file").asText());
                if (!Files.isRegularFile(source)) {
                    return Optional.empty();
                }
                draft.fileProperty().set(source);
            }
            draft.accountCountProperty().set(root.path("accountCount").asInt());
            draft.stepProperty().set(root.path("step").asInt());
            draft.workspaceProperty().set(root.path("workspace").asText(null));
            return Optional.of(draft);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring an unreadable wizard draft", e);
            return Optional.empty();
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the wizard draft", e);
        }
    }
}
