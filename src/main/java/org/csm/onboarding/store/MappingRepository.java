package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.CustomKpi;

/// Column mappings remembered across workspaces by header signature (computed by the caller
/// from a file's headers), so the next file with the same layout maps itself, with the custom
/// KPIs made from that layout's columns.
public final class MappingRepository {

    /// What is remembered for one layout.
    public record Remembered(ColumnMapping mapping, List<CustomKpi> customKpis) {
        public Remembered {
            customKpis = List.copyOf(customKpis);
        }
    }

    public void remember(Tx tx, String signature, ColumnMapping mapping) throws SQLException {
        remember(tx, signature, mapping, List.of());
    }

    /// Remembers `mapping` and `customKpis` (those whose column is in this layout) for `signature`.
    public void remember(Tx tx, String signature, ColumnMapping mapping, List<CustomKpi> customKpis) throws SQLException {
        try (PreparedStatement merge = tx.connection().prepareStatement(
                tx.dialect().upsert("column_mapping", List.of("header_signature"),
                        List.of("header_signature", "mapping_json", "saved_at")))) {
            merge.setString(1, signature);
            merge.setString(2, ConfigJson.writeMapping(mapping, customKpis));
            Jdbc.setInstant(merge, 3, Jdbc.now());
            merge.executeUpdate();
        }
    }

    public Optional<ColumnMapping> recall(Tx tx, String signature) throws SQLException {
        return recallAll(tx, signature).map(Remembered::mapping);
    }

    /// The mapping and custom KPIs remembered for `signature`.
    public Optional<Remembered> recallAll(Tx tx, String signature) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(
                "SELECT mapping_json FROM column_mapping WHERE header_signature = ?")) {
            query.setString(1, signature);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(ConfigJson.readRemembered(rs.getString(1))) : Optional.empty();
            }
        }
    }
}
