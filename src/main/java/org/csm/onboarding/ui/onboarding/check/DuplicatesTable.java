package org.csm.onboarding.ui.onboarding.check;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.csm.onboarding.engine.validate.DuplicatePolicy;
import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.Tables;

import java.util.List;

/// The rows of each repeated customer id one under the other with all their cells, so two
/// companies under one id are seen side by side; the first line of each id carries its choice
/// (keep first, last, neither, or as for all ids) and every line says what happens to it.
final class DuplicatesTable {

    private DuplicatesTable() {
    }

    static TableView<FileCheckViewModel.DuplicateLine> create(FileCheckViewModel model, Messages m, Runnable refresh) {
        TableView<FileCheckViewModel.DuplicateLine> table = Tables.table("duplicatesTable", m.text("check.duplicates"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setItems(model.duplicateLines());
        columns(table, model, m, refresh);
        return table;
    }

    /// Rebuilt when another file is read: its columns are the file's.
    static void columns(TableView<FileCheckViewModel.DuplicateLine> table, FileCheckViewModel model, Messages m, Runnable refresh) {
        table.getColumns().clear();
        table.getColumns().add(Tables.sized(Tables.column(m.text("check.duplicates.col.id"), l -> l.first() ? l.id() : ""), 110, 90));
        TableColumn<FileCheckViewModel.DuplicateLine, FileCheckViewModel.DuplicateLine> keep = new TableColumn<>(m.text("check.duplicates.col.keep"));
        keep.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        keep.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FileCheckViewModel.DuplicateLine line, boolean empty) {
                super.updateItem(line, empty);
                setGraphic(empty || line == null || !line.first() ? null : choice(model, m, line.id(), refresh));
            }
        });
        table.getColumns().add(Tables.sized(keep, 190, 170));
        table.getColumns().add(Tables.sized(Tables.column(m.text("check.duplicates.col.outcome"), FileCheckViewModel.DuplicateLine::outcome), 120, 100));
        table.getColumns().add(Tables.sized(Tables.column(m.text("col.row"), l -> String.valueOf(l.row())), 50, 44));
        List<String> headers = model.headers();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            if (headers.get(i) != null && !headers.get(i).isBlank()) {
                TableColumn<FileCheckViewModel.DuplicateLine, String> column = Tables.column(headers.get(i),
                        l -> index < l.cells().size() ? l.cells().get(index) : "");
                column.setPrefWidth(130);
                table.getColumns().add(column);
            }
        }
    }

    private static ComboBox<DuplicatePolicy> choice(FileCheckViewModel model, Messages m, String id, Runnable refresh) {
        ComboBox<DuplicatePolicy> box = new ComboBox<>(FXCollections.observableArrayList(
                DuplicatePolicy.FIRST, DuplicatePolicy.LAST, DuplicatePolicy.NEITHER));
        box.getItems().addFirst(null);
        box.setId("keep-" + id.replaceAll("[^A-Za-z0-9]+", "_"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(DuplicatePolicy p) {
                return p == null ? m.text("duplicates.asForAll") : m.text("duplicates." + p.code());
            }

            @Override
            public DuplicatePolicy fromString(String s) {
                return null;
            }
        });
        DuplicatePolicy own = model.ownChoice(id);
        box.setValue(own);
        box.valueProperty().addListener((o, a, p) -> {
            if (p != own) {
                // After this event: re-reading replaces the lines, including the one holding this box.
                javafx.application.Platform.runLater(() -> model.chooseForId(id, p, refresh));
            }
        });
        return box;
    }
}
