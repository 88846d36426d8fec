package org.csm.onboarding.engine.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;

/// The playbooks a workspace recommends from, as a JSON data file (`{"playbooks": [...]}` with
/// snake_case keys). The defaults ship as a resource; a workspace keeps its edited copy in its
/// configuration, and `config export` writes it out.
public record PlaybookCatalog(List<Playbook> playbooks) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final PlaybookCatalog DEFAULTS = load();

    public PlaybookCatalog {
        playbooks = List.copyOf(playbooks);
    }

    /// The catalogue for this business (serverless GPU platform), from default-playbooks.json.
    public static PlaybookCatalog defaults() {
        return DEFAULTS;
    }

    public Optional<Playbook> find(String id) {
        return playbooks.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /// Every problem that would make the catalogue misbehave, one line each; empty when fine.
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Playbook p : playbooks) {
            String name = p.name() == null || p.name().isBlank() ? p.id() : p.name();
            if (p.id() == null || p.id().isBlank()) {
                problems.add("A playbook has no id.");
            } else if (!ids.add(p.id())) {
                problems.add("Two playbooks share the id \u201c" + p.id() + "\u201d.");
            }
            if (p.name() == null || p.name().isBlank()) {
                problems.add((p.id() == null ? "A playbook" : p.id()) + ": it needs a name.");
            }
            if (p.trigger() == null) {
                problems.add(name + ": it has no trigger.");
            } else if (p.trigger().problem() != null) {
                problems.add(name + ": " + p.trigger().problem());
            }
            if (p.dueInDays() < 0) {
                problems.add(name + ": due in days cannot be negative.");
            }
        }
        return problems;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Reads a catalogue; a malformed file is an IOException with Jackson's location in it.
    public static PlaybookCatalog fromJson(String json) throws IOException {
        PlaybookCatalog catalog = JSON.readValue(json, PlaybookCatalog.class);
        if (catalog.playbooks() == null) {
            throw new IOException("The file has no \"playbooks\" list.");
        }
        return catalog;
    }

    /// The playbooks as a JSON array: the form kept in the workspace configuration.
    public String toArrayJson() {
        try {
            return JSON.writeValueAsString(playbooks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Reads the array [#toArrayJson] writes; a malformed one is an IOException naming where.
    public static PlaybookCatalog fromArrayJson(String array) throws IOException {
        Playbook[] list = JSON.readValue(array, Playbook[].class);
        if (list == null) {
            throw new IOException("The playbooks are not a list.");
        }
        return new PlaybookCatalog(List.of(list));
    }

    private static PlaybookCatalog load() {
        try (InputStream in = PlaybookCatalog.class.getResourceAsStream("default-playbooks.json")) {
            return JSON.readValue(in, PlaybookCatalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
