package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.store.dialect.DbLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A database written by the app before migrations were portable (V1-V3 with H2-only syntax,
/// kept verbatim in `legacy/h2-v1-v3.sql`) opens, migrates on and keeps its data.
class LegacyDatabaseTest {

    @TempDir
    Path dir;

    /// The schema as the H2-only migrations V1-V3 left it, with V1-V3 recorded as applied.
    static void createV3(Statement statement) throws Exception {
        try (InputStream legacy = LegacyDatabaseTest.class.getResourceAsStream("/legacy/h2-v1-v3.sql")) {
            for (String sql : Migrator.statements(new String(legacy.readAllBytes(), StandardCharsets.UTF_8))) {
                statement.execute(sql);
            }
        }
        statement.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        statement.execute("INSERT INTO schema_version VALUES (1, 'V1__initial.sql', CURRENT_TIMESTAMP), "
                + "(2, 'V2__health_scores.sql', CURRENT_TIMESTAMP), (3, 'V3__config_and_mappings.sql', CURRENT_TIMESTAMP)");
    }

    @Test
    void anH2DatabaseFromTheH2OnlyMigrationsOpensWithItsData() throws Exception {
        DbLocation.H2Folder location = (DbLocation.H2Folder) DbLocation.h2(dir);
        String config;
        try (Connection connection = DriverManager.getConnection(location.url());
             Statement statement = connection.createStatement()) {
            createV3(statement);
            statement.execute("INSERT INTO workspace (name, created_at) VALUES ('Legacy', CURRENT_TIMESTAMP)");
            config = ConfigJson.write(OnboardingConfig.defaults());
            statement.execute("INSERT INTO workspace_config (workspace_id, config_json, saved_at) VALUES (1, '"
                    + config.replace("'", "''") + "', CURRENT_TIMESTAMP)");
        }
        try (Store store = Store.open(location)) {
            assertEquals(List.of("Legacy"), store.transaction(tx -> TestData.WORKSPACES.list(tx)).stream()
                    .map(Workspace::name).toList());
            long ws = TestData.workspace(store, "Legacy");
            assertEquals(OnboardingConfig.defaults(),
                    store.transaction(tx -> new ConfigRepository().load(tx, ws)).orElseThrow());
            int version = store.transaction(tx -> new Migrator(tx.connection(), location).currentVersion());
            assertEquals(Migrator.latestVersion(), version);
        }
    }
}
