package org.csm.onboarding.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.csm.onboarding.engine.ask.AskTable;
import org.csm.onboarding.engine.ask.Column;
import org.csm.onboarding.engine.playbook.Playbook;
import org.csm.onboarding.engine.playbook.PlaybookCatalog;

/// The playbook editor's state: the drafts being edited, the KPIs a trigger can test, and the
/// problems that keep the catalogue from being saved (rechecked on every keystroke).
final class PlaybookEditorModel {

    private final ObservableList<PlaybookDraft> drafts = FXCollections.observableArrayList();
    private final List<PlaybookDraft.Measure> measures;
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");

    PlaybookEditorModel(PlaybookCatalog catalog, AskTable table) {
        this.measures = measures(table);
        load(catalog);
    }

    /// The workspace's KPIs and fields, numbers and labels, minus the scores and the status
    /// (a trigger picks statuses by their own checkboxes).
    private static List<PlaybookDraft.Measure> measures(AskTable table) {
        List<PlaybookDraft.Measure> list = new ArrayList<>();
        if (table != null) {
            for (Column c : table.columns()) {
                if (!List.of(AskTable.STATUS, AskTable.OVERALL, AskTable.COVERAGE, AskTable.SCORE_GAP).contains(c.key())) {
                    list.add(new PlaybookDraft.Measure(c.key(), c.label(), c instanceof Column.Numbers));
                }
            }
        }
        list.sort(java.util.Comparator.comparing(m -> m.label().toLowerCase(Locale.ROOT)));
        return List.copyOf(list);
    }

    private void load(PlaybookCatalog catalog) {
        drafts.setAll(catalog.playbooks().stream().map(p -> PlaybookDraft.of(p, measures)).toList());
        drafts.forEach(this::watch);
        recheck();
    }

    private void watch(PlaybookDraft d) {
        List.of(d.name, d.goal, d.op, d.value, d.steps, d.owner).forEach(p -> p.addListener(o -> recheck()));
        d.kpi.addListener(o -> recheck());
        d.dueInDays.addListener(o -> recheck());
        d.status.values().forEach(p -> p.addListener(o -> recheck()));
    }

    ObservableList<PlaybookDraft> drafts() {
        return drafts;
    }

    List<PlaybookDraft.Measure> measures() {
        return measures;
    }

    /// The problems, one per line; empty when the catalogue can be saved.
    ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /// A new playbook at the end of the list (a status trigger, so it is valid from the start).
    PlaybookDraft add(String name) {
        PlaybookDraft d = new PlaybookDraft("custom-" + UUID.randomUUID().toString().substring(0, 8), null);
        d.name.set(name);
        d.status.get(org.csm.onboarding.model.HealthStatus.CRITICAL).set(true);
        watch(d);
        drafts.add(d);
        recheck();
        return d;
    }

    void remove(PlaybookDraft d) {
        drafts.remove(d);
        recheck();
    }

    void resetToDefaults() {
        load(PlaybookCatalog.defaults());
    }

    /// The edited catalogue; IllegalArgumentException with the problems when it is not valid.
    PlaybookCatalog build() {
        List<Playbook> list = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (PlaybookDraft d : drafts) {
            try {
                list.add(d.toPlaybook());
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        PlaybookCatalog catalog = new PlaybookCatalog(list);
        errors.addAll(catalog.problems());
        if (drafts.isEmpty()) {
            errors.add("The catalogue is empty: add a playbook or reset to the defaults.");
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", errors));
        }
        return catalog;
    }

    private void recheck() {
        try {
            build();
            problems.set("");
        } catch (IllegalArgumentException e) {
            problems.set(e.getMessage());
        }
    }
}
