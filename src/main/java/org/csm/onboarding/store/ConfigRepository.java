package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.OnboardingConfig;

/// A workspace's wizard config and the column mapping its last import used, stored as
/// [ConfigJson] text so adding a config field needs no migration.
public final class ConfigRepository {

    // Column names are constants of this class, never user input.
    private static final String CONFIG = "config_json";
    private static final String MAPPING = "mapping_json";

    public void save(Tx tx, long workspaceId, OnboardingConfig config) throws SQLException {
        store(tx, workspaceId, CONFIG, ConfigJson.write(config));
    }

    public Optional<OnboardingConfig> load(Tx tx, long workspaceId) throws SQLException {
        return load(tx, workspaceId, CONFIG, ConfigJson::read);
    }

    public void saveMapping(Tx tx, long workspaceId, ColumnMapping mapping) throws SQLException {
        store(tx, workspaceId, MAPPING, ConfigJson.writeMapping(mapping));
    }

    public Optional<ColumnMapping> loadMapping(Tx tx, long workspaceId) throws SQLException {
        return load(tx, workspaceId, MAPPING, ConfigJson::readMapping);
    }

    private static void store(Tx tx, long workspaceId, String column, String json) throws SQLException {
        // Updates only `column` (and saved_at) of an existing row: the other JSON stays.
        try (PreparedStatement merge = tx.connection().prepareStatement(tx.dialect().upsert("workspace_config",
                List.of("workspace_id"), List.of("workspace_id", column, "saved_at")))) {
            merge.setLong(1, workspaceId);
            merge.setString(2, json);
            Jdbc.setInstant(merge, 3, Jdbc.now());
            merge.executeUpdate();
        }
    }

    private static <T> Optional<T> load(Tx tx, long workspaceId, String column, Function<String, T> parse)
            throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(
                "SELECT " + column + " FROM workspace_config WHERE workspace_id = ?")) {
            query.setLong(1, workspaceId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)).map(parse) : Optional.empty();
            }
        }
    }
}
