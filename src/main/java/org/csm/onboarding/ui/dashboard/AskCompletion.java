package org.csm.onboarding.ui.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;

/// Completes the word being typed in the Ask box with field names, values and account names:
/// a small popup under the box, the words starting with what was typed first. (ControlsFX's
/// AutoCompletionBinding completes the whole text, not the last words of a question.)
final class AskCompletion {

    private static final int MAX_ITEMS = 8;

    private AskCompletion() {
    }

    static void attach(TextField field, Supplier<List<String>> words) {
        ContextMenu popup = new ContextMenu();
        popup.setId("askCompletions");
        field.textProperty().addListener((o, old, text) -> {
            if (!field.isFocused() || text == null || text.length() < (old == null ? 0 : old.length())) {
                popup.hide();
                return;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            int cut = lower.lastIndexOf(' ') + 1;
            String typed = lower.substring(cut);
            if (typed.length() < 2) {
                popup.hide();
                return;
            }
            // The last word, or the last two when they begin a longer phrase ("error ra" -> "error rate").
            int cut2 = cut > 1 ? lower.lastIndexOf(' ', cut - 2) + 1 : cut;
            String two = lower.substring(cut2);
            List<String> starting = words.get().stream().distinct()
                    .filter(w -> w.toLowerCase(Locale.ROOT).startsWith(two) || w.toLowerCase(Locale.ROOT).startsWith(typed))
                    .filter(w -> !w.equalsIgnoreCase(typed)).limit(MAX_ITEMS).toList();
            popup.getItems().clear();
            for (String w : starting) {
                MenuItem item = new MenuItem(w);
                int from = w.toLowerCase(Locale.ROOT).startsWith(two) ? cut2 : cut;
                item.setOnAction(e -> {
                    field.setText(text.substring(0, from) + w + " ");
                    field.positionCaret(field.getText().length());
                });
                popup.getItems().add(item);
            }
            if (starting.isEmpty()) {
                popup.hide();
            } else if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
                popup.show(field, Side.BOTTOM, 0, 0);
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                popup.hide();
            }
        });
    }
}
