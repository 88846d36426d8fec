package org.csm.onboarding.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

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

    /// A table that fills its width and says `emptyText` when it has no rows.
    public static <S> TableView<S> table(String id, String emptyText) {
        TableView<S> table = new TableView<>();
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(emptyText));
        return table;
    }
}
