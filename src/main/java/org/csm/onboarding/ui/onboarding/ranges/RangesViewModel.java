package org.csm.onboarding.ui.onboarding.ranges;

import org.csm.onboarding.ui.onboarding.StepModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiScore;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.service.DraftScoring;
import org.csm.onboarding.ui.onboarding.OnboardingSession;

/// Step 3: the 13 KPIs' thresholds, editable with validation, from the benchmarks or suggested
/// from the file, and how the file's accounts fall into the bands with the thresholds in force.
public final class RangesViewModel implements StepModel {

    private final OnboardingSession session;
    private final ObservableList<RangeRow> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.problemProperty()});
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringBinding blocker;

    public RangesViewModel(OnboardingSession session) {
        this.session = session;
        syncRows();
        blocker = Bindings.createStringBinding(() -> rows.stream().filter(r -> !r.problemProperty().get().isEmpty()).findFirst()
                .map(r -> session.context().text("ranges.blocker", r.kpi().name(), r.problemProperty().get())).orElse(""), rows);
    }

    public void enter() {
        syncRows();
        show(session.draft().config().ranges());
        notice.set(session.scaleNotice());
    }

    public void useBenchmarks() {
        apply(session.draft().config().catalog().benchmarkRanges());
    }

    /// One row per KPI of the draft's catalogue, custom KPIs included, rebuilt when one was added.
    private void syncRows() {
        List<KpiDefinition> kpis = session.draft().config().catalog().kpis();
        if (!kpis.equals(rows.stream().map(RangeRow::kpi).toList())) {
            rows.setAll(kpis.stream().map(RangeRow::new).toList());
        }
    }

    /// Ranges from the file's own quartiles (benchmarks where the file has too few values).
    public void useSuggested() {
        if (canSuggest()) {
            apply(session.loaded().preview().suggestedRanges().ranges());
        }
    }

    /// Suggestions need a freshly read file (not available when re-tuning a stored workspace).
    public boolean canSuggest() {
        return session.loaded() != null && session.loaded().preview() != null;
    }

    private void apply(Map<String, ReferenceRange> ranges) {
        session.draft().configProperty().set(session.draft().config().withRanges(ranges));
        notice.set(session.scaleNotice());
        show(ranges);
    }

    private void show(Map<String, ReferenceRange> ranges) {
        double healthFactor = session.healthScaleFactor();
        for (RangeRow r : rows) {
            r.scaleBy(KpiCatalog.HEALTH_SCORE.equals(r.kpi().key()) ? healthFactor : 1);
            ReferenceRange range = ranges.get(r.kpi().key());
            r.show(range != null ? range : session.draft().config().catalog().benchmarkRanges().get(r.kpi().key()));
        }
        recount();
    }

    /// Called after the user edited a threshold: valid ranges go into the draft at once.
    public void edited(RangeRow row) {
        ReferenceRange range = row.parse(session.context().text("ranges.notANumber"));
        if (range != null) {
            Map<String, ReferenceRange> ranges = new LinkedHashMap<>(session.draft().config().ranges());
            ranges.put(range.kpiKey(), range);
            session.draft().configProperty().set(session.draft().config().withRanges(ranges));
            notice.set(session.scaleNotice());
            recount();
        }
    }

    private void recount() {
        OnboardingConfig config = session.draft().config();
        Map<String, int[]> tally = DraftScoring.bandCounts(session.accounts(), config);
        for (RangeRow r : rows) {
            int[] counts = tally.getOrDefault(r.kpi().key(), new int[Band.values().length]);
            for (Band b : Band.values()) {
                r.bandCount(b).set(counts[b.ordinal()]);
            }
        }
    }

    public ObservableList<RangeRow> rows() {
        return rows;
    }

    public List<RangeRow> rowList() {
        return List.copyOf(rows);
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringBinding blocker() {
        return blocker;
    }
}
