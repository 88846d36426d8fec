package org.csm.onboarding;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Every document the READMEs name lives in this repository: a fresh clone has all of them.
class DocumentsTest {

    private static final Path REPO = Path.of("").toAbsolutePath();
    // [text](target) links, and `some/path.md` named in code spans.
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)[^)]*\\)|`([^`\\s]+\\.md)`");

    @Test
    void readmesLinkOnlyFilesInsideTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : List.of(Path.of("README.md"), Path.of("installer/README.md"))) {
            Matcher m = LINK.matcher(Files.readString(doc));
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                Path resolved = REPO.resolve(doc).getParent().resolve(target).normalize();
                if (!resolved.startsWith(REPO) || !Files.exists(resolved)) {
                    broken.add(doc + " -> " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theScoringContractIsInTheRepository() throws IOException {
        assertTrue(Files.readString(Path.of("docs/scoring.md")).contains("scoring contract"));
        assertTrue(Files.readString(Path.of("README.md")).contains("(docs/scoring.md)"));
    }
}
