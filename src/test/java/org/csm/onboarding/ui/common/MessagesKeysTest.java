package org.csm.onboarding.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Goal;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.Severity;

/// Every message key the UI uses exists in messages.properties, including the keys built from enums.
class MessagesKeysTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z_]+)+)\"");
    /// File names such as "window.json" look like keys to the pattern above; they are not texts.
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(json|xlsx|csv|css|png|log)");
    private final Messages messages = Messages.load(Locale.ROOT);

    @Test
    void everyLiteralKeyInTheUiSourcesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/csm/onboarding/ui"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean prefix = key.endsWith(".");
                    if (!prefix && !key.startsWith("org.") && !FILE_NAME.matcher(key).matches() && !messages.has(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "Missing message keys: " + missing);
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() {
        Set<String> missing = new TreeSet<>();
        for (HealthStatus s : HealthStatus.values()) {
            check("status." + s.code(), missing);
        }
        for (Severity s : Severity.values()) {
            check("severity." + s.code(), missing);
        }
        for (Goal g : Goal.values()) {
            check("goal." + g.code(), missing);
        }
        for (Category c : Category.values()) {
            check("weights.rationale." + c.name().toLowerCase(Locale.ROOT), missing);
        }
        for (String band : new String[] {"critical", "at_risk", "healthy"}) {
            check("band." + band, missing);
        }
        for (String d : new String[] {"higher", "lower", "text"}) {
            check("direction." + d, missing);
        }
        for (var f : org.csm.onboarding.engine.detect.FileFormat.values()) {
            check("format." + f.code(), missing);
        }
        assertTrue(missing.isEmpty(), "Missing message keys: " + missing);
    }

    private void check(String key, Set<String> missing) {
        if (!messages.has(key)) {
            missing.add(key);
        }
    }
}
