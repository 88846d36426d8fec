package org.csm.onboarding.ui.onboarding.ranges;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.csm.onboarding.ui.common.Messages;
import org.csm.onboarding.ui.common.Tables;
import org.csm.onboarding.ui.onboarding.OnboardingSession;
import org.csm.onboarding.ui.onboarding.StepView;

/// Step 3's view: the editable ranges table with a band strip per KPI and the scale notice.
public final class RangesStep extends StepView<RangesViewModel> {

    private final Label fileKpis = new Label();
    private final OnboardingSession session;


    public RangesStep(OnboardingSession session) {
        super("step.ranges", new RangesViewModel(session));
        this.session = session;
        Messages m = session.context().messages();
        root.getStyleClass().addAll("step", "ranges-step");
        TableView<RangeRow> table = Tables.table("rangesTable", m.text("ranges.empty"));
        table.setEditable(true);
        // The names need the room; the short words and numbers do not (headers wrap, see app.css).
        table.getColumns().add(Tables.sized(Tables.column(m.text("ranges.col.kpi"), r -> r.kpi().name()), 200, 200));
        table.getColumns().add(Tables.sized(Tables.column(m.text("ranges.col.category"), r -> r.kpi().category().label()), 150, 150));
        table.getColumns().add(Tables.sized(Tables.column(m.text("ranges.col.inFile"),
                r -> m.text(session.fileHas(r.kpi().key()) ? "ranges.inFile.yes" : "ranges.inFile.no")), 80, 70));
        table.getColumns().add(Tables.sized(Tables.column(m.text("ranges.col.direction"),
                r -> m.text("direction." + r.kpi().direction().label())), 74, 74));
        table.getColumns().add(Tables.sized(Tables.column(m.text("ranges.col.impact"), r -> r.kpi().impact().label()), 70, 64));
        table.getColumns().add(Tables.sized(threshold(m.text("ranges.col.critical"), true), 72, 60));
        table.getColumns().add(Tables.sized(threshold(m.text("ranges.col.healthy"), false), 72, 60));
        TableColumn<RangeRow, RangeRow> strip = new TableColumn<>(m.text("ranges.col.accounts"));
        strip.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        strip.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RangeRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : new BandStrip(row, m.text("ranges.strip.tooltip")));
            }
        });
        Tables.sized(strip, 110, 100);
        table.getColumns().add(strip);
        TableColumn<RangeRow, String> problem = new TableColumn<>(m.text("ranges.col.problem"));
        problem.setCellValueFactory(c -> c.getValue().problemProperty());
        problem.setCellFactory(c -> new TableCell<>() {
            {
                // A label map or a problem sentence wraps onto a taller row instead of being cut.
                setWrapText(true);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                RangeRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text == null || text.isEmpty() ? (row != null && row.kpi().isText() ? row.labelMap() : "") : text);
                setTooltip(getText() == null || getText().isEmpty() ? null : new Tooltip(getText()));
                getStyleClass().remove("problem-cell");
                if (!empty && text != null && !text.isEmpty()) {
                    getStyleClass().add("problem-cell");
                }
            }
        });
        problem.setMinWidth(120);
        table.getColumns().add(problem);
        table.setItems(model.rows());
        Button benchmarks = new Button(m.text("ranges.benchmarks"));
        benchmarks.setId("benchmarkRangesButton");
        benchmarks.setOnAction(e -> model.useBenchmarks());
        Button suggest = new Button(m.text("ranges.suggest"));
        suggest.setId("suggestRangesButton");
        suggest.setOnAction(e -> model.useSuggested());
        Label notice = new Label();
        notice.setId("scaleNotice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Label intro = new Label(m.text("ranges.intro"));
        intro.getStyleClass().add("step-intro");
        intro.setWrapText(true);
        HBox buttons = new HBox(benchmarks, suggest);
        buttons.getStyleClass().add("button-row");
        fileKpis.setId("rangesFileKpis");
        fileKpis.getStyleClass().add("evidence");
        fileKpis.setWrapText(true);
        fileKpis.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().addAll(intro, fileKpis, buttons, notice, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private TableColumn<RangeRow, String> threshold(String title, boolean critical) {
        TableColumn<RangeRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> critical ? c.getValue().criticalProperty() : c.getValue().healthyProperty());
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setEditable(true);
        column.setOnEditCommit(e -> {
            RangeRow row = e.getRowValue();
            if (row.kpi().isText()) {
                row.show(null);
                return;
            }
            (critical ? row.criticalProperty() : row.healthyProperty()).set(e.getNewValue());
            model.edited(row);
        });
        return column;
    }

    @Override
    public void enter() {
        super.enter();
        fileKpis.setText(session.fileKpisSummary());
        fileKpis.setVisible(!fileKpis.getText().isEmpty());
        fileKpis.setManaged(fileKpis.isVisible());
        // "In file" follows the mapping, which may have changed since the last visit.
        ((TableView<?>) root.lookup("#rangesTable")).refresh();
    }
}
