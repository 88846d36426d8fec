package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.OnboardingConfig;
import org.junit.jupiter.api.Test;

class ConfigRepositoryTest extends StoreTestBase {

    static final ConfigRepository CONFIGS = new ConfigRepository();
    static final MappingRepository MAPPINGS = new MappingRepository();


    @Test
    void configIsSavedPerWorkspaceAndReplacedOnSave() throws Exception {
        long other = TestData.workspace(store, "Globex");
        assertEquals(Optional.empty(), store.transaction(tx -> CONFIGS.load(tx, ws)));

        save(OnboardingConfig.defaults());
        save(ConfigJsonTest.custom());

        assertEquals(ConfigJsonTest.custom(), store.transaction(tx -> CONFIGS.load(tx, ws)).orElseThrow());
        assertEquals(Optional.empty(), store.transaction(tx -> CONFIGS.load(tx, other)));
    }

    @Test
    void lastMappingIsKeptBesideTheConfigWithoutDisturbingIt() throws Exception {
        ColumnMapping mapping = new ColumnMapping(Map.of(Field.CUSTOMER_ID, "ID"));
        store.transaction(tx -> {
            CONFIGS.saveMapping(tx, ws, mapping);
            return null;
        });
        assertEquals(Optional.empty(), store.transaction(tx -> CONFIGS.load(tx, ws)), "mapping alone is no config");
        save(OnboardingConfig.defaults());
        assertEquals(mapping, store.transaction(tx -> CONFIGS.loadMapping(tx, ws)).orElseThrow());
        assertEquals(OnboardingConfig.defaults(), store.transaction(tx -> CONFIGS.load(tx, ws)).orElseThrow());
    }

    @Test
    void playbooksStayBesideTheConfigWhenTheConfigChanges() throws Exception {
        String playbooks = "[{\"id\":\"x\",\"name\":\"X\"}]";
        store.transaction(tx -> {
            CONFIGS.savePlaybooks(tx, ws, playbooks);
            return null;
        });
        assertEquals(OnboardingConfig.defaults(), store.transaction(tx -> CONFIGS.load(tx, ws)).orElseThrow());
        save(ConfigJsonTest.custom());
        assertEquals(ConfigJsonTest.custom(), store.transaction(tx -> CONFIGS.load(tx, ws)).orElseThrow());
        assertEquals("[{\"id\":\"x\",\"name\":\"X\"}]",
                store.transaction(tx -> CONFIGS.loadPlaybooks(tx, ws)).orElseThrow().replaceAll("\\s", ""));
        store.transaction(tx -> {
            CONFIGS.savePlaybooks(tx, ws, null);
            return null;
        });
        assertEquals(Optional.empty(), store.transaction(tx -> CONFIGS.loadPlaybooks(tx, ws)));
        assertEquals(ConfigJsonTest.custom(), store.transaction(tx -> CONFIGS.load(tx, ws)).orElseThrow());
    }

    @Test
    void mappingsAreRememberedBySignatureAcrossReopen() throws Exception {
        ColumnMapping first = new ColumnMapping(Map.of(Field.CUSTOMER_ID, "customer_id"));
        ColumnMapping second = new ColumnMapping(Map.of(Field.CUSTOMER_ID, "Customer", Field.REGION, "Region"));
        store.transaction(tx -> {
            MAPPINGS.remember(tx, "sig-1", first);
            MAPPINGS.remember(tx, "sig-1", second);
            return null;
        });
        store.close();
        store = Store.open(location);

        assertEquals(second, store.transaction(tx -> MAPPINGS.recall(tx, "sig-1")).orElseThrow());
        assertTrue(store.transaction(tx -> MAPPINGS.recall(tx, "sig-2")).isEmpty());
    }

    @Test
    void customKpisAreRememberedWithTheMappingOfTheirLayout() throws Exception {
        ColumnMapping mapping = new ColumnMapping(Map.of(Field.CUSTOMER_ID, "ID"));
        store.transaction(tx -> {
            MAPPINGS.remember(tx, "sig-1", mapping, java.util.List.of(ConfigJsonTest.TICKETS));
            return null;
        });
        store.close();
        store = Store.open(location);
        var remembered = store.transaction(tx -> MAPPINGS.recallAll(tx, "sig-1")).orElseThrow();
        assertEquals(mapping, remembered.mapping());
        assertEquals(java.util.List.of(ConfigJsonTest.TICKETS), remembered.customKpis());
    }

    private void save(OnboardingConfig config) throws StoreException {
        store.transaction(tx -> {
            CONFIGS.save(tx, ws, config);
            return null;
        });
    }
}
