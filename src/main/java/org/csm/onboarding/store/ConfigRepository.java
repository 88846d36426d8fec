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
/// [ConfigJson] text so adding a config field needs no migration. The playbook catalogue lives
/// in the config text too (key `playbooks`), so it travels with `config export`.
public final class ConfigRepository {

    // Column names are constants of this class, never user input.
    private static final String CONFIG = "config_json";
    private static final String MAPPING = "mapping_json";

    /// Saves the scoring config; the workspace's playbook catalogue stored with it stays.
    public void save(Tx tx, long workspaceId, OnboardingConfig config) throws SQLException {
        String stored = load(tx, workspaceId, CONFIG, json -> json).orElse(null);
        store(tx, workspaceId, CONFIG, ConfigJson.write(config, ConfigJson.playbooks(stored).orElse(null)));
    }

    /// Stores the workspace's playbook catalogue (a JSON array) beside its config; null goes
    /// back to the defaults. A workspace without a config keeps the default one with it.
    public void savePlaybooks(Tx tx, long workspaceId, String playbooksArray) throws SQLException {
        OnboardingConfig config = load(tx, workspaceId).orElseGet(OnboardingConfig::defaults);
        store(tx, workspaceId, CONFIG, ConfigJson.write(config, playbooksArray));
    }

    /// The stored playbook catalogue as a JSON array; empty when the workspace uses the defaults.
    public Optional<String> loadPlaybooks(Tx tx, long workspaceId) throws SQLException {
        return load(tx, workspaceId, CONFIG, json -> json).flatMap(ConfigJson::playbooks);
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
