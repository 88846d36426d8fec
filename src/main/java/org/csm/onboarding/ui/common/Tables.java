package org.csm.onboarding.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/// Small helpers shared by the tables of the wizard and the dashboard.
public final class Tables {

    private Tables() {
    }

    /// A read-only column showing `value` of each row.
    public static <S, T> TableColumn<S, T> column(String title, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /// `column` with a preferred width it starts at, a minimum it never shrinks below, and a
    /// maximum a little above the preferred width, so spare room goes to the table's flexible
    /// (last) column rather than to short numbers.
    public static <S, T> TableColumn<S, T> sized(TableColumn<S, T> column, double pref, double min) {
        column.setPrefWidth(pref);
        column.setMinWidth(min);
        column.setMaxWidth(pref + 16);
        return column;
    }

    /// `column` with cells that wrap a long text onto a taller row (full text also as tooltip).
    public static <S> TableColumn<S, String> wrapping(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            {
                setWrapText(true);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    /// A table that fills its width and says `emptyText` when it has no rows.
    public static <S> TableView<S> table(String id, String emptyText) {
        TableView<S> table = new TableView<>();
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(emptyText));
        return table;
    }
}
