package org.csm.onboarding.ui.dashboard;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.csm.onboarding.engine.ask.Answer;
import org.csm.onboarding.engine.ask.AnswerKind;
import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.engine.ask.Column;
import org.csm.onboarding.engine.ask.Unit;
import org.csm.onboarding.engine.playbook.Recommendation;
import org.csm.onboarding.ui.common.Tables;
import org.csm.onboarding.ui.common.UiContext;

/// The answer to the last question: what was understood, the number or the sentences, the
/// playbooks, the rows used (a click opens the account), or, when the question was not
/// understood, why and the questions that can be answered (a click asks them).
final class AskPane extends VBox {

    private static final int MAX_PLAYBOOK_LINES = 12;

    private final UiContext ctx;
    private final AskViewModel model;
    private final Consumer<String> openAccount;
    private final Label understood = new Label();
    private final Label value = new Label();
    private final FlowPane suggestions = new FlowPane();
    private final VBox lines = new VBox();
    private final TableView<Integer> rows;
    private final TextField field;

    AskPane(UiContext ctx, AskViewModel model, TextField field, Consumer<String> openAccount) {
        this.ctx = ctx;
        this.model = model;
        this.field = field;
        this.openAccount = openAccount;
        getStyleClass().add("ask-answer");
        understood.setId("askUnderstood");
        understood.getStyleClass().add("text-muted");
        understood.setWrapText(true);
        value.setId("askValue");
        value.getStyleClass().add("title-3");
        value.setWrapText(true);
        suggestions.setId("askSuggestions");
        suggestions.getStyleClass().add("suggestions");
        lines.setId("askLines");
        lines.getStyleClass().add("ask-lines");
        rows = Tables.table("askRows", ctx.text("ask.empty"));
        rows.setOnMouseClicked(e -> {
            Integer row = rows.getSelectionModel().getSelectedItem();
            model.engine().ifPresent(engine -> {
                if (row != null) {
                    openAccount.accept(engine.table().id(row));
                }
            });
        });
        getChildren().addAll(understood, value, suggestions, lines, rows);
        VBox.setVgrow(rows, Priority.ALWAYS);
        model.answerProperty().addListener((o, a, b) -> show(b));
    }

    /// The question box, the Ask button and the recent questions, as one row for the dashboard's top.
    static HBox askBar(UiContext ctx, AskViewModel model, TextField field, Runnable asked) {
        field.setId("askField");
        field.setPromptText(ctx.text("ask.prompt"));
        Button ask = new Button(ctx.text("ask.button"));
        ask.setId("askButton");
        ask.setDefaultButton(false);
        MenuButton recent = new MenuButton(ctx.text("ask.recent"));
        recent.setId("askRecent");
        Runnable run = () -> model.ask(field.getText(), asked);
        ask.setOnAction(e -> run.run());
        field.setOnAction(e -> run.run());
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (String q : model.recent()) {
                MenuItem item = new MenuItem(q);
                item.setOnAction(x -> {
                    field.setText(q);
                    run.run();
                });
                recent.getItems().add(item);
            }
        });
        recent.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.recent()));
        AskCompletion.attach(field, model::completions);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox bar = new HBox(new Label(ctx.text("ask.label")), field, ask, recent);
        bar.getStyleClass().addAll("button-row", "ask-bar");
        return bar;
    }

    private void show(Answer answer) {
        suggestions.getChildren().clear();
        lines.getChildren().clear();
        rows.getColumns().clear();
        rows.getItems().clear();
        rows.setVisible(answer != null && answer.kind() != AnswerKind.NOT_UNDERSTOOD);
        rows.setManaged(rows.isVisible());
        if (answer == null) {
            return;
        }
        if (answer.kind() == AnswerKind.NOT_UNDERSTOOD) {
            understood.setText(ctx.text("ask.notUnderstood", answer.question()));
            value.setText(answer.problem());
            for (String s : answer.suggestions()) {
                Button b = new Button(s);
                b.getStyleClass().addAll("suggestion", "flat");
                b.setOnAction(e -> {
                    field.setText(s);
                    model.ask(s, () -> { });
                });
                suggestions.getChildren().add(b);
            }
            return;
        }
        understood.setText(ctx.text("ask.understood", answer.understood()));
        AskTable table = model.engine().map(e -> e.table()).orElse(null);
        if (table == null) {
            return;
        }
        Column.Numbers measure = answer.columns().stream().filter(Column.Numbers.class::isInstance)
                .map(Column.Numbers.class::cast).findFirst().orElse(null);
        value.setText(answer.value() == null ? ctx.text("ask.accounts", answer.rows().length)
                : answer.kind() == AnswerKind.COUNT || measure == null ? Unit.NONE.format(answer.value())
                : measure.unit().format(answer.value()));
        for (Answer.Group g : answer.groups()) {
            lines.getChildren().add(line(g.key() + ": " + (answer.kind() == AnswerKind.COUNT || measure == null
                    ? Unit.NONE.format(g.value()) : measure.unit().format(g.value())) + "  (" + g.accounts() + ")"));
        }
        answer.lines().forEach(l -> lines.getChildren().add(line(l)));
        // The rows below list every account; the sentences stop at a screenful.
        for (Recommendation r : answer.playbooks().subList(0, Math.min(MAX_PLAYBOOK_LINES, answer.playbooks().size()))) {
            lines.getChildren().add(line("\u25B6 " + r.accountName() + ": " + r.why() + " " + ctx.text("ask.owner", r.owner(), r.dueDate())));
        }
        if (answer.playbooks().size() > MAX_PLAYBOOK_LINES) {
            lines.getChildren().add(line(ctx.text("ask.more", answer.playbooks().size() - MAX_PLAYBOOK_LINES)));
        }
        if (answer.kind() == AnswerKind.EXPLANATION || answer.kind() == AnswerKind.PLAYBOOKS) {
            value.setText(answer.kind() == AnswerKind.PLAYBOOKS ? ctx.text("ask.playbooks", answer.playbooks().size()) : "");
        }
        rows.getColumns().add(Tables.sized(Tables.column(ctx.text("col.id"), (Integer r) -> table.id(r)), 110, 90));
        rows.getColumns().add(Tables.sized(Tables.column(ctx.text("col.account"), (Integer r) -> table.name(r)), 220, 140));
        TableColumn<Integer, String> status = Tables.sized(Tables.column(ctx.text("col.status"),
                (Integer r) -> table.status(r) == null ? "" : ctx.text("status." + table.status(r).code())), 110, 90);
        status.setCellFactory(c -> new StatusCell<>("status-"));
        rows.getColumns().add(status);
        for (Column c : answer.columns()) {
            if (c.key().equals(AskTable.STATUS)) {
                continue;
            }
            TableColumn<Integer, String> col = new TableColumn<>(c.label());
            col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cell(c, cd.getValue())));
            col.setPrefWidth(170);
            col.setMinWidth(110);
            rows.getColumns().add(col);
        }
        for (int r : answer.rows()) {
            rows.getItems().add(r);
        }
    }

    private static String cell(Column c, int row) {
        return c instanceof Column.Numbers n ? n.unit().format(n.value(row)) : String.valueOf(((Column.Texts) c).value(row));
    }

    static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
