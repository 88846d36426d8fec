package org.csm.onboarding.ui.onboarding;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.UiContext;

import java.util.Optional;

/// The field picker for one file column, shared by the file check and step 4 so both map the
/// same way: fields by their readable label with a one-line description, required ones marked,
/// and a field another column already feeds shown as taken. Choosing a taken field asks before
/// moving it, so nothing is silently unmapped.
public final class FieldChooser {

    private FieldChooser() {
    }

    /// A combo for `header`, set to its current field; a confirmed change goes through `session.remap`.
    public static ComboBox<Field> forColumn(OnboardingSession session, String header, Field current, Runnable then) {
        UiContext ctx = session.context();
        ColumnMapping mapping = session.loaded().analysis().mapping();
        ComboBox<Field> box = new ComboBox<>(FXCollections.observableArrayList(Field.values()));
        box.getItems().addFirst(null);
        box.setId("field-" + header.replaceAll("[^A-Za-z0-9]+", "_"));
        box.setCellFactory(l -> new FieldCell(ctx.messages(), mapping, header, true));
        box.setButtonCell(new FieldCell(ctx.messages(), mapping, header, false));
        box.setValue(current);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, before, chosen) -> {
            if (chosen == current) {
                return;
            }
            Optional<String> owner = takenBy(mapping, chosen, header);
            if (owner.isPresent() && !ctx.dialogs().confirm(ctx.text("mapping.taken.title"),
                    ctx.text("mapping.taken.message", label(ctx.messages(), chosen), owner.get(), header))) {
                box.setValue(current);
                return;
            }
            // After this event: re-reading replaces the table rows, including the one holding this combo.
            javafx.application.Platform.runLater(() -> session.remap(header, chosen, then));
        });
        return box;
    }

    /// "Customer ID *" for a required field, "Monthly Spend" otherwise, "(ignored)" for none.
    public static String label(Messages m, Field field) {
        if (field == null) {
            return m.text("accounts.field.ignored");
        }
        return m.text("field." + field.key()) + (field.required() ? " *" : "");
    }

    public static String description(Messages m, Field field) {
        return field == null ? m.text("field.none.help") : m.text("field." + field.key() + ".help");
    }

    /// The other column `field` is mapped to, if any.
    static Optional<String> takenBy(ColumnMapping mapping, Field field, String header) {
        if (field == null) {
            return Optional.empty();
        }
        return mapping.header(field).filter(h -> !h.equals(header));
    }

    /// Label, description underneath in the list, and "taken by" where another column has it.
    private static final class FieldCell extends ListCell<Field> {
        private final Messages m;
        private final ColumnMapping mapping;
        private final String header;
        private final boolean inList;

        FieldCell(Messages m, ColumnMapping mapping, String header, boolean inList) {
            this.m = m;
            this.mapping = mapping;
            this.header = header;
            this.inList = inList;
        }

        @Override
        protected void updateItem(Field f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().remove("field-taken");
            if (empty) {
                setText(null);
                setTooltip(null);
                return;
            }
            String text = label(m, f);
            Optional<String> owner = takenBy(mapping, f, header);
            if (owner.isPresent()) {
                text += "  " + m.text("mapping.takenBy", owner.get());
                getStyleClass().add("field-taken");
            }
            setText(inList ? text + "\n" + description(m, f) : text);
            setTooltip(new Tooltip(description(m, f)));
        }
    }
}
