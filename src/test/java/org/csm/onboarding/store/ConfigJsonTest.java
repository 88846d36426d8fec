package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                new Weights(weights), ranges, HealthScale.ZERO_TO_HUNDRED);
    }
}
