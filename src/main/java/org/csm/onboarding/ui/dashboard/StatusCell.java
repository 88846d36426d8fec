package org.csm.onboarding.ui.dashboard;

import java.util.Locale;

import javafx.scene.control.TableCell;

/// A text cell that also carries a style class from its text's status or band (for example
/// `status-at_risk`), so the stylesheet colours it.
final class StatusCell<S> extends TableCell<S, String> {

    private final String prefix;

    StatusCell(String prefix) {
        this.prefix = prefix;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
        getStyleClass().removeIf(s -> s.startsWith(prefix));
        if (!empty && text != null) {
            getStyleClass().add(prefix + text.toLowerCase(Locale.ROOT).replace(' ', '_'));
        }
    }
}
