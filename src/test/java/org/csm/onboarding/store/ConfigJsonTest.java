package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.Direction;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.Goal;
import org.csm.onboarding.model.HealthScale;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.model.Weights;
import org.csm.onboarding.model.CustomKpi;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.Impact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigJsonTest {

    @Test
    void defaultConfigRoundTrips() {
        OnboardingConfig defaults = OnboardingConfig.defaults();
        OnboardingConfig read = ConfigJson.read(ConfigJson.write(defaults));
        assertEquals(defaults, read);
        assertEquals(List.copyOf(defaults.ranges().keySet()), List.copyOf(read.ranges().keySet()), "catalogue order kept");
    }

    @Test
    void theSameConfigIsTheSameTextInEveryRunOfTheApp() throws Exception {
        // The goal set's own order differs from one JVM to the next; the text must not, or a
        // re-import of an unchanged file is not recognised by its fingerprint in a later session.
        var goals = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ConfigJson.write(OnboardingConfig.defaults()))
                .get("goals");
        List<String> written = new java.util.ArrayList<>();
        goals.forEach(g -> written.add(g.asText()));
        assertEquals(java.util.Arrays.stream(Goal.values()).map(Goal::name).toList(), written);
    }

    @Test
    void everyFieldOfACustomConfigRoundTrips() {
        OnboardingConfig config = custom();
        OnboardingConfig read = ConfigJson.read(ConfigJson.write(config));
        assertEquals(config, read);
        assertEquals(EnumSet.of(Goal.REDUCE_CHURN, Goal.EXPAND_REVENUE), read.goals());
        assertEquals("Fintech", read.industry());
        assertEquals("51-200", read.companySize());
        assertEquals(12.5, read.weights().of(Category.SUPPORT));
        assertEquals(0.0, read.weights().of(Category.RELATIONSHIP_STRENGTH));
        assertEquals(new ReferenceRange("error_rate_pct", Direction.LOWER_IS_BETTER, 12.5, 2.25), read.ranges().get("error_rate_pct"));
        assertEquals(HealthScale.ZERO_TO_HUNDRED, read.healthScale());
        assertEquals(List.of(TICKETS), read.customKpis());
        assertEquals(TICKETS.range(), read.ranges().get(TICKETS.key()));
        assertEquals("Open Tickets (30d)", read.catalog().get("custom_open_tickets_30d").name());
    }

    static final CustomKpi TICKETS = CustomKpi.of("Open Tickets (30d)", "Tickets, open [30d]", Category.SUPPORT,
            Direction.LOWER_IS_BETTER, Impact.HIGH, Frequency.MONTHLY, 20, 5);

    @Test
    void aConfigSavedBeforeCustomKpisReadsWithNone() {
        String old = ConfigJson.write(OnboardingConfig.defaults()).replaceFirst(",\\s*\"customKpis\"\\s*:\\s*\\[\\s*]", "");
        assertFalse(old.contains("customKpis"), old);
        assertEquals(OnboardingConfig.defaults(), ConfigJson.read(old));
    }

    @Test
    void aHandWrittenCustomKpiMayLeaveOutItsKey() {
        String json = ConfigJson.write(OnboardingConfig.defaults()).replace("\"customKpis\" : [ ]", """
                "customKpis": [{"name": "Exec Meetings", "column": "meetings", "category": "relationship_strength",
                  "direction": "higher_is_better", "impact": "medium", "frequency": "quarterly", "critical": 1, "healthy": 4}]""");
        OnboardingConfig read = ConfigJson.read(json);
        assertEquals("custom_exec_meetings", read.customKpis().getFirst().key());
        assertEquals(Category.RELATIONSHIP_STRENGTH, read.catalog().get("custom_exec_meetings").category());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'{\"name\": \"Error Rate\", \"column\": \"e\", \"category\": \"SUPPORT\", \"direction\": \"LOWER_IS_BETTER\", \"impact\": \"HIGH\", \"frequency\": \"DAILY\", \"critical\": 9, \"healthy\": 2}'|There is already a KPI called \"Error Rate\"",
            "'{\"name\": \"T\", \"column\": \"t\", \"category\": \"SUPPORT\", \"direction\": \"TEXT\", \"impact\": \"HIGH\", \"frequency\": \"DAILY\", \"critical\": 9, \"healthy\": 2}'|its direction is higher or lower is better",
            "'{\"name\": \"T\", \"column\": \"t\", \"category\": \"SUPPORT\", \"direction\": \"LOWER_IS_BETTER\", \"impact\": \"HIGH\", \"frequency\": \"DAILY\", \"critical\": 2, \"healthy\": 9}'|Lower is better, so the Healthy threshold must be below the Critical one",
            "'{\"name\": \"T\", \"category\": \"SUPPORT\", \"direction\": \"LOWER_IS_BETTER\", \"impact\": \"HIGH\", \"frequency\": \"DAILY\", \"critical\": 9, \"healthy\": 2}'|at customKpis[0].column: this property is missing",
    })
    void aBadCustomKpiGivesAClearMessage(String kpi, String expected) {
        String json = ConfigJson.write(OnboardingConfig.defaults()).replace("\"customKpis\" : [ ]", "\"customKpis\": [" + kpi + "]");
        var e = assertThrows(IllegalArgumentException.class, () -> ConfigJson.read(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void theMappingMemoryKeepsCustomKpisBesideTheFields() {
        ColumnMapping mapping = new ColumnMapping(Map.of(Field.CUSTOMER_ID, "ID"));
        String json = ConfigJson.writeMapping(mapping, List.of(TICKETS));
        var remembered = ConfigJson.readRemembered(json);
        assertEquals(mapping, remembered.mapping());
        assertEquals(List.of(TICKETS), remembered.customKpis());
        assertEquals(mapping, ConfigJson.readMapping(json), "a plain reader sees the mapping");
        assertEquals(List.of(), ConfigJson.readRemembered(ConfigJson.writeMapping(mapping)).customKpis());
    }

    @Test
    void emptyGoalsAndNullProfileRoundTrip() {
        var config = OnboardingConfig.defaults().withProfile(EnumSet.noneOf(Goal.class), null, null);
        assertEquals(config, ConfigJson.read(ConfigJson.write(config)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'{not json'|Not a valid onboarding config at line 1",
            "''|the text is empty",
            "'[]'|Not a valid onboarding config",
            "'{\"goals\": []}'|at industry: this property is missing",
            "'{\"goals\":[],\"industry\":null,\"companySize\":null,\"weights\":{\"byCategory\":{\"SUPPORT\":-1}},\"ranges\":{},\"healthScale\":\"AUTO\"}'|Weight of Support must be a number of 0 or more",
            "'{\"goals\":[\"WIN_LOTTERY\"],\"industry\":null,\"companySize\":null,\"weights\":{\"byCategory\":{\"SUPPORT\":1}},\"ranges\":{},\"healthScale\":\"AUTO\"}'|at goals[0]: 'WIN_LOTTERY' is not a valid Goal; use one of [REDUCE_CHURN",
            "'{\"goals\":[],\"industry\":null,\"companySize\":null,\"weights\":{\"byCategory\":{\"SUPPORT\":1}},\"ranges\":{\"x\":{\"kpiKey\":\"x\",\"direction\":\"HIGHER_IS_BETTER\",\"critical\":5,\"healthy\":5}},\"healthScale\":\"AUTO\"}'|range of 'x': Critical and Healthy thresholds must differ",
            "'{\"goals\":[],\"industry\":null,\"companySize\":null,\"weights\":{\"byCategory\":{\"SUPPORT\":1}},\"ranges\":{\"x\":{\"kpiKey\":\"y\",\"direction\":\"TEXT\",\"critical\":1,\"healthy\":3}},\"healthScale\":\"AUTO\"}'|the range under 'x' is for 'y'",
            "'{\"goals\":[],\"industry\":null,\"companySize\":null,\"weights\":{\"byCategory\":{\"SUPPORT\":1}},\"ranges\":{},\"healthScale\":\"AUTO\",\"colour\":1}'|unknown property 'colour'",
    })
    void badConfigJsonGivesAClearMessage(String json, String expected) {
        var e = assertThrows(IllegalArgumentException.class, () -> ConfigJson.read(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void mappingIsAnObjectOfFieldKeyToHeader() {
        var headers = new LinkedHashMap<Field, String>();
        headers.put(Field.CUSTOMER_ID, "Customer ID");
        headers.put(Field.COMPANY_NAME, "Company \"Name\"");
        headers.put(Field.CHURN_RISK, "Churn risk ✓");
        ColumnMapping mapping = new ColumnMapping(headers);

        String json = ConfigJson.writeMapping(mapping);

        assertTrue(json.contains("\"customer_id\" : \"Customer ID\""), json);
        ColumnMapping read = ConfigJson.readMapping(json);
        assertEquals(mapping, read);
        assertEquals(List.copyOf(headers.keySet()), List.copyOf(read.headerByField().keySet()));
        assertEquals(ColumnMapping.empty(), ConfigJson.readMapping(ConfigJson.writeMapping(ColumnMapping.empty())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'{\"shoe_size\": \"Shoe\"}'|unknown field 'shoe_size'",
            "'{\"customer_id\": 5}'|the header for 'customer_id' must be text",
            "'[1]'|expected an object",
            "'{'|Not a valid column mapping at line",
    })
    void badMappingJsonGivesAClearMessage(String json, String expected) {
        var e = assertThrows(IllegalArgumentException.class, () -> ConfigJson.readMapping(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    static OnboardingConfig custom() {
        var weights = new EnumMap<Category, Double>(Category.class);
        weights.put(Category.PRODUCT_USAGE, 50.0);
        weights.put(Category.BUSINESS_OUTCOMES, 25.0);
        weights.put(Category.SUPPORT, 12.5);
        weights.put(Category.CUSTOMER_SENTIMENT, 12.5);
        Map<String, ReferenceRange> ranges = new LinkedHashMap<>(OnboardingConfig.defaults().ranges());
        ranges.put("error_rate_pct", new ReferenceRange("error_rate_pct", Direction.LOWER_IS_BETTER, 12.5, 2.25));
        return new OnboardingConfig(EnumSet.of(Goal.REDUCE_CHURN, Goal.EXPAND_REVENUE), "Fintech", "51-200",
                new Weights(weights), ranges, HealthScale.ZERO_TO_HUNDRED).withCustomKpi(TICKETS);
    }
}
