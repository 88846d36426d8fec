package org.csm.onboarding.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/// Apostrophes show as one `'`, whether or not the message takes arguments: every text goes
/// through MessageFormat, so the bundle writes each apostrophe as `''`.
class MessagesApostropheTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ROOT);
    private final Messages messages = new Messages(bundle);

    @Test
    void textsWithoutArgumentsShowASingleApostrophe() {
        assertTrue(messages.text("start.intro").contains("customers' account"), messages.text("start.intro"));
        assertEquals("The new settings changed no account's status.", messages.text("dashboard.changes.none"));
    }

    @Test
    void textsWithArgumentsShowASingleApostrophe() {
        assertEquals("The file's own health score: 71 (71 on 0-100).",
                messages.text("dashboard.detail.fileScore", "71", "71"));
    }

    @Test
    void everyBundleApostropheIsDoubledAndEveryRenderedTextHasNoDoubledOne() {
        Set<String> wrong = new TreeSet<>();
        for (String key : Collections.list(bundle.getKeys())) {
            String raw = bundle.getString(key);
            if (raw.replace("''", "").contains("'")) {
                wrong.add(key + " has a single ' in the bundle (write '')");
            }
            Object[] args = {"A", "B", "C", "D", "E", "F"};
            String shown = messages.text(key, args);
            if (raw.contains("''") && (shown.contains("''") || !shown.contains("'"))) {
                wrong.add(key + " renders as: " + shown);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
