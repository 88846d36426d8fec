package org.csm.onboarding.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.OnboardingConfig;

/// JSON form of the wizard's config and of column mappings, shared by the database and the
/// CLI's export/import files. Reading is strict (every config property present, no unknown
/// ones, valid thresholds) so a hand-edited file fails with a message naming the problem
/// instead of scoring nonsense. Two allowances keep older files readable and hand-written ones
/// short: a config without `customKpis` has none, and a custom KPI without `key` gets the one
/// its name gives ([CustomKpi#keyFor]).
public final class ConfigJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /// Where the mapping memory keeps custom KPIs beside the field keys (no field has this key).
    static final String CUSTOM_KPIS = "custom_kpis";
    /// The key of the playbook catalogue in a config text (added to the export; never renamed).
    public static final String PLAYBOOKS = "playbooks";

    private ConfigJson() {
    }

    public static String write(OnboardingConfig config) {
        return write(config, null);
    }

    /// The config plus the workspace's playbook catalogue under [#PLAYBOOKS] (a JSON array,
    /// left out when null): the form of the stored config and of `config export`.
    public static String write(OnboardingConfig config, String playbooksArray) {
        try {
            ObjectNode node = MAPPER.valueToTree(config);
            // The config's goal set iterates in an order that changes from one run of the app to
            // the next: in enum order the same config is the same text, so an unchanged re-import
            // is still recognised by its settings fingerprint in a later session.
            node.set("goals", MAPPER.valueToTree(new java.util.TreeSet<>(config.goals())));
            if (playbooksArray != null) {
                node.set(PLAYBOOKS, MAPPER.readTree(playbooksArray));
            }
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and enums always serialise; this would be a bug.
            throw new IllegalStateException("Cannot write config as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /// The playbook catalogue a config text carries (the JSON array under [#PLAYBOOKS]), if any.
    /// The store keeps it as text: what a playbook is belongs to the engine.
    public static java.util.Optional<String> playbooks(String json) {
        if (json == null || json.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            JsonNode list = node == null ? null : node.get(PLAYBOOKS);
            return list == null || list.isNull() ? java.util.Optional.empty() : java.util.Optional.of(MAPPER.writeValueAsString(list));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a valid onboarding config" + where(e) + ": " + reason(e), e);
        }
    }

    /// Parses a config; IllegalArgumentException with a readable reason when the JSON is not one.
    /// A [#PLAYBOOKS] entry is not part of the scoring config and is read by [#playbooks].
    public static OnboardingConfig read(String json) {
        OnboardingConfig config;
        try {
            JsonNode node = MAPPER.readTree(notBlank(json, "config"));
            if (node instanceof ObjectNode object) {
                object.remove(PLAYBOOKS);
                completeCustomKpis(object, "customKpis");
            }
            config = MAPPER.treeToValue(node, OnboardingConfig.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a valid onboarding config" + where(e) + ": " + reason(e), e);
        }
        if (config == null) {
            throw new IllegalArgumentException("Not a valid onboarding config: the JSON is null.");
        }
        check(config);
        return config;
    }

    /// `{"customer_id": "Customer ID", ...}`: field key to the header as written in the file.
    public static String writeMapping(ColumnMapping mapping) {
        return writeMapping(mapping, List.of());
    }

    /// The mapping memory's form: the mapping plus, under `custom_kpis`, the custom KPIs made
    /// from the same layout's columns, so opening such a file again brings them back.
    public static String writeMapping(ColumnMapping mapping, List<CustomKpi> customKpis) {
        ObjectNode node = MAPPER.createObjectNode();
        mapping.headerByField().forEach((field, header) -> node.put(field.key(), header));
        if (!customKpis.isEmpty()) {
            node.set(CUSTOM_KPIS, MAPPER.valueToTree(customKpis));
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write mapping as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static ColumnMapping readMapping(String json) {
        return readRemembered(json).mapping();
    }

    /// A mapping and the custom KPIs written beside it (none in a plain mapping file).
    public static MappingRepository.Remembered readRemembered(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(notBlank(json, "column mapping"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a valid column mapping" + where(e) + ": " + reason(e), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(
                    "Not a valid column mapping: expected an object of field key to column header.");
        }
        List<CustomKpi> customKpis = List.of();
        if (node.has(CUSTOM_KPIS)) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            completeCustomKpis(copy, CUSTOM_KPIS);
            try {
                customKpis = List.of(MAPPER.treeToValue(copy.get(CUSTOM_KPIS), CustomKpi[].class));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Not a valid column mapping at " + CUSTOM_KPIS + where(e).replaceFirst("^ at ", ".")
                        + ": " + reason(e), e);
            }
            node = copy.without(CUSTOM_KPIS);
        }
        var headers = new LinkedHashMap<Field, String>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            Field field = Field.byKey(entry.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "Not a valid column mapping: unknown field '" + entry.getKey() + "'. Known fields: " + knownFields()));
            if (!entry.getValue().isTextual()) {
                throw new IllegalArgumentException("Not a valid column mapping: the header for '" + entry.getKey()
                        + "' must be text.");
            }
            headers.put(field, entry.getValue().asText());
        }
        return new MappingRepository.Remembered(new ColumnMapping(headers), customKpis);
    }

    /// Fills what a config may leave out: `customKpis` (older configs have none) and each
    /// custom KPI's `key` (derived from its name).
    private static void completeCustomKpis(ObjectNode object, String property) {
        if (!object.has(property)) {
            object.putArray(property);
        }
        if (object.get(property) instanceof com.fasterxml.jackson.databind.node.ArrayNode list) {
            list.forEach(kpi -> {
                if (kpi instanceof ObjectNode k && !k.has("key")) {
                    k.putNull("key");
                }
            });
        }
    }

    private static void check(OnboardingConfig config) {
        if (config.weights() == null || config.ranges() == null || config.healthScale() == null) {
            throw new IllegalArgumentException("Not a valid onboarding config: weights, ranges and healthScale are required.");
        }
        try {
            config.catalog();
        } catch (IllegalArgumentException clash) {
            throw new IllegalArgumentException("Not a valid onboarding config: " + clash.getMessage(), clash);
        }
        config.customKpis().forEach(kpi -> {
            var range = config.ranges().get(kpi.key());
            if (range != null && range.direction() != kpi.direction()) {
                throw new IllegalArgumentException("Not a valid onboarding config: the range of '" + kpi.key() + "' says "
                        + range.direction() + " but the custom KPI " + kpi.name() + " is " + kpi.direction() + ".");
            }
        });
        config.ranges().forEach((key, range) -> {
            if (range == null || range.direction() == null) {
                throw new IllegalArgumentException("Not a valid onboarding config: the range of '" + key
                        + "' needs a direction.");
            }
            if (!key.equals(range.kpiKey())) {
                throw new IllegalArgumentException("Not a valid onboarding config: the range under '" + key
                        + "' is for '" + range.kpiKey() + "'.");
            }
            String problem = range.problem();
            if (problem != null) {
                throw new IllegalArgumentException("Not a valid onboarding config: range of '" + key + "': " + problem);
            }
        });
    }

    private static String notBlank(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("Not a valid " + what + ": the text is empty.");
        }
        return json;
    }

    /// " at weights.byCategory" or " at line 3, column 7", whichever Jackson knows.
    private static String where(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            var path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() == null) {
                    path.append('[').append(ref.getIndex()).append(']');
                } else {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                }
            }
            return " at " + path;
        }
        return e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /// Jackson's reason in the CSM's terms; the model's own validation message when a record
    /// constructor refused the values.
    private static String reason(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        if (cause instanceof NullPointerException) {
            return "a required value is missing (null)";
        }
        return switch (e) {
            case UnrecognizedPropertyException unknown -> "unknown property '" + unknown.getPropertyName()
                    + "'; known properties: " + unknown.getKnownPropertyIds();
            case InvalidFormatException format -> "'" + format.getValue() + "' is not a valid "
                    + format.getTargetType().getSimpleName() + allowedValues(format.getTargetType());
            case MismatchedInputException missing when missing.getOriginalMessage().startsWith("Missing creator property") ->
                    "this property is missing (write null when it has no value)";
            default -> e.getOriginalMessage();
        };
    }

    private static String allowedValues(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        return constants == null ? "" : "; use one of " + Arrays.toString(constants);
    }

    private static String knownFields() {
        return Arrays.stream(Field.values()).map(Field::key).collect(Collectors.joining(", "));
    }
}
