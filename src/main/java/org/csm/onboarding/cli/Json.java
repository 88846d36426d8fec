package org.csm.onboarding.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.csm.onboarding.engine.mapping.ColumnSuggestion;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.engine.validate.KpiCoverage;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.KpiScore;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.ImportResult;
import org.csm.onboarding.service.PreviewResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The command line's JSON documents. Keys are a contract that scripts and trials rely on:
/// add keys, never rename or remove them.
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON output failed", e);
        }
    }

    static Map<String, Object> preview(PreviewResult p, Boolean imported) {
        FileAnalysis a = p.analysis();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", a.fileName());
        m.put("file_type", a.fileType());
        m.put("sheet", a.layout().sheet());
        m.put("header_row", a.layout().headerRow());
        m.put("format", a.format().code());
        Map<String, String> mapping = new LinkedHashMap<>();
        a.mapping().headerByField().forEach((f, h) -> mapping.put(f.key(), h));
        m.put("mapping", mapping);
        m.put("mapping_source", a.mappingSource().code());
        m.put("mapping_confidence", confidence(a.suggestions()));
        m.put("unmapped_columns", a.suggestions().stream().filter(s -> !s.mapped() && !s.header().isBlank())
                .map(ColumnSuggestion::header).filter(h -> !mapping.containsValue(h)).toList());
        m.put("kpis_mapped", p.coverage().mappedNames());
        m.put("kpis_missing", p.coverage().missingNames());
        m.put("data_rows", p.dataRows());
        m.put("accounts", p.accounts());
        m.put("kpi_records", p.kpiRecords());
        m.put("rows_in_error", p.rowsInError());
        m.put("errors", p.errorCount());
        m.put("warnings", p.warningCount());
        m.put("issues", p.issues().stream().map(Json::issue).toList());
        m.put("issues_total", p.issueCounts().values().stream().mapToInt(Integer::intValue).sum());
        Map<String, Integer> counts = new java.util.TreeMap<>();
        p.issueCounts().forEach((code, n) -> counts.put(code.code(), n));
        m.put("issue_counts", counts);
        m.put("health_scale", p.healthScale().scale() == org.csm.onboarding.model.HealthScale.ZERO_TO_HUNDRED ? "0-100" : "0-10");
        m.put("recommended_goals", p.goals().stream().filter(g -> g.recommended())
                .map(g -> Map.of("goal", g.goal().code(), "reason", g.reason())).toList());
        m.put("first_rows", p.firstRows().stream().map(Json::row).toList());
        m.put("imported", imported != null && imported);
        return m;
    }

    static Map<String, Object> imported(ImportResult r, String workspace) {
        Map<String, Object> m = preview(r.preview(), r.imported());
        m.put("workspace", workspace);
        m.put("skipped_rows", r.skippedRows());
        if (r.imported()) {
            // Against the workspace's accounts before this import: a re-import updates, it does not create.
            m.put("accounts_created", r.preview().changes().created());
            m.put("accounts_updated", r.preview().changes().updated());
            m.put("accounts_unchanged", r.preview().changes().unchanged());
        }
        r.importRecord().ifPresent(rec -> m.put("import_id", rec.id()));
        if (r.scores() != null) {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            r.scores().byStatus().forEach((s, n) -> byStatus.put(s.code(), n));
            m.put("scored_accounts", r.scores().accounts());
            m.put("status_counts", byStatus);
        }
        return m;
    }

    /// `custom_kpis`: each custom KPI of the configuration with its thresholds in force and
    /// whether the file has its column.
    static List<Map<String, Object>> customKpis(OnboardingConfig config, KpiCoverage coverage) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CustomKpi k : config.customKpis()) {
            ReferenceRange range = config.ranges().getOrDefault(k.key(), k.range());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", k.key());
            m.put("name", k.name());
            m.put("column", k.column());
            m.put("category", k.category().label());
            m.put("direction", k.direction().label());
            m.put("impact", k.impact().label());
            m.put("frequency", k.frequency().label());
            m.put("critical", range.critical());
            m.put("healthy", range.healthy());
            m.put("in_file", coverage.customFound().stream().anyMatch(d -> d.key().equals(k.key())));
            list.add(m);
        }
        return list;
    }

    private static Map<String, Double> confidence(List<ColumnSuggestion> suggestions) {
        Map<String, Double> m = new LinkedHashMap<>();
        suggestions.stream().filter(ColumnSuggestion::mapped).forEach(s -> m.put(s.field().key(), s.confidence()));
        return m;
    }

    static Map<String, Object> issue(DataIssue i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", i.severity().code());
        m.put("sheet", i.sheet());
        m.put("row", i.row());
        m.put("column", i.column());
        m.put("code", i.code().code());
        m.put("message", i.message());
        return m;
    }

    private static Map<String, Object> row(AccountRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", r.sourceRow());
        m.put("external_account_id", r.account().externalAccountId());
        m.put("account_name", r.account().accountName());
        m.put("revenue", r.account().revenue());
        m.put("industry", r.account().industry());
        m.put("region", r.account().region());
        m.put("account_tier", r.account().accountTier());
        m.put("assigned_csm", r.account().assignedCsm());
        m.put("use_case", r.profile().useCase());
        m.put("gpu_type_primary", r.profile().gpuTypePrimary());
        m.put("signup_date", r.profile().signupDate() == null ? null : r.profile().signupDate().toString());
        Map<String, Object> kpis = new LinkedHashMap<>();
        for (KpiRecord k : r.kpis()) {
            kpis.put(k.kpiKey(), k.label() != null ? k.label() : k.value());
        }
        m.put("kpis", kpis);
        return m;
    }

    static Map<String, Object> score(HealthScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("external_account_id", s.externalAccountId());
        m.put("account_name", s.accountName());
        m.put("overall", round(s.overall()));
        m.put("status", s.status().code());
        m.put("coverage", round4(s.coverage()));
        Map<String, Double> categories = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            if (s.categories().containsKey(c)) {
                categories.put(c.label(), round(s.categories().get(c)));
            }
        }
        m.put("categories", categories);
        return m;
    }

    static Map<String, Object> explanation(HealthScore s, List<String> nextBandTexts) {
        Map<String, Object> m = score(s);
        List<Map<String, Object>> kpis = new ArrayList<>();
        for (int i = 0; i < s.kpis().size(); i++) {
            KpiScore k = s.kpis().get(i);
            Map<String, Object> km = new LinkedHashMap<>();
            km.put("kpi", k.kpiKey());
            km.put("name", k.kpiName());
            km.put("category", k.category().label());
            km.put("value", k.label() != null ? k.label() : k.value());
            km.put("band", k.band().name().toLowerCase(java.util.Locale.ROOT));
            km.put("score", round(k.score()));
            km.put("points_added", round(k.pointsAdded()));
            km.put("points_lost", round(k.pointsLost()));
            km.put("next_band", nextBandTexts.get(i));
            kpis.add(km);
        }
        m.put("kpis", kpis);
        return m;
    }

    static Double round(Double v) {
        return v == null ? null : Math.round(v * 100) / 100.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
