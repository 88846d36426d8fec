package org.csm.onboarding.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.AccountTableBuilder;
import org.csm.onboarding.store.dialect.Dialect;

/// The Java half of migration V4: moves the accounts of the row-per-KPI tables of V1 (account,
/// profile_metadata, kpi_record) into snapshots, then drops those tables and health_score
/// (scores are computed now). Nothing stored is lost: each of a workspace's newest
/// [SnapshotRepository#RETAINED] imports gets the snapshot of the accounts it left current, so
/// undo still restores exactly what it did before the upgrade.
///
/// The old rows say which import wrote them and which import superseded them; an import's
/// accounts are its own rows that it did not itself supersede (a repeated id), and the state
/// after it is the state before it merged with those by external id, which is exactly
/// [AccountTable#merge]. Runs in one transaction, then the drops; re-runnable after a crash.
final class LegacyAccounts {

    private static final Logger LOG = Logger.getLogger(LegacyAccounts.class.getName());

    private static final String ROWS = "SELECT a.id, a.external_account_id, a.account_name, a.revenue, "
            + "a.industry, a.region, a.account_status, a.account_tier, a.assigned_csm, "
            + "p.account_id AS profile_id, p.industry AS profile_industry, p.use_case, p.gpu_type_primary, "
            + "p.signup_date, p.customer_segment, "
            + "k.kpi_key, k.kpi_name, k.category, k.impact, k.frequency, k.kpi_value, k.label "
            + "FROM account a LEFT JOIN profile_metadata p ON p.account_id = a.id "
            + "LEFT JOIN kpi_record k ON k.account_id = a.id "
            + "WHERE a.import_id = ? AND (a.superseded_by IS NULL OR a.superseded_by <> a.import_id) "
            + "ORDER BY a.id, k.seq";

    private final Connection connection;
    private final Dialect dialect;

    LegacyAccounts(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /// Migrates and drops the old tables when they exist; does nothing otherwise.
    void migrateIfPresent() throws SQLException {
        if (!tableExists("ACCOUNT")) {
            return;
        }
        connection.setAutoCommit(false);
        try {
            if (!alreadyMigrated()) {
                migrate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("health_score", "kpi_record", "profile_metadata", "account")) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
            statement.execute("DROP SEQUENCE IF EXISTS account_id_seq");
        }
        LOG.info("Moved the stored accounts into snapshots and dropped the row-per-KPI tables");
    }

    private boolean tableExists(String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    // A crash between the commit and the drops leaves snapshots already attached.
    private boolean alreadyMigrated() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM import_run WHERE snapshot_id IS NOT NULL")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private void migrate() throws SQLException {
        Tx tx = new Tx(connection, dialect, dialect.currentUser(connection), new SnapshotCache());
        var snapshots = new SnapshotRepository();
        var imports = new ImportRepository();
        for (long workspace : ids("SELECT id FROM workspace ORDER BY id")) {
            List<Long> runs = ids("SELECT id FROM import_run WHERE workspace_id = " + workspace + " ORDER BY id");
            AccountTable state = AccountTable.empty();
            for (int i = 0; i < runs.size(); i++) {
                state = AccountTable.merge(state, rowsOf(runs.get(i)));
                if (i >= runs.size() - SnapshotRepository.RETAINED) {
                    imports.attach(tx, runs.get(i), snapshots.save(tx, workspace, state));
                }
            }
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        var ids = new ArrayList<Long>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /// The accounts one import wrote, in the order it wrote them (the later of a repeat wins).
    private AccountTable rowsOf(long importId) throws SQLException {
        var builder = new AccountTableBuilder();
        try (PreparedStatement query = connection.prepareStatement(ROWS)) {
            query.setLong(1, importId);
            try (ResultSet rs = query.executeQuery()) {
                long currentId = -1;
                Account account = null;
                ProfileMetadata profile = null;
                List<KpiRecord> kpis = new ArrayList<>();
                while (rs.next()) {
                    long id = rs.getLong("id");
                    if (id != currentId) {
                        if (account != null) {
                            builder.add(account, profile, kpis);
                        }
                        currentId = id;
                        account = account(rs);
                        profile = profile(rs, account.externalAccountId());
                        kpis = new ArrayList<>();
                    }
                    if (rs.getString("kpi_key") != null) {
                        kpis.add(kpi(rs, account));
                    }
                }
                if (account != null) {
                    builder.add(account, profile, kpis);
                }
            }
        }
        return builder.build();
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString("external_account_id"), rs.getString("account_name"),
                Jdbc.getDouble(rs, "revenue"), rs.getString("industry"), rs.getString("region"),
                rs.getString("account_status"), rs.getString("account_tier"), rs.getString("assigned_csm"));
    }

    private static ProfileMetadata profile(ResultSet rs, String externalId) throws SQLException {
        rs.getLong("profile_id");
        if (rs.wasNull()) {
            return null;
        }
        return new ProfileMetadata(externalId, rs.getString("profile_industry"), rs.getString("use_case"),
                rs.getString("gpu_type_primary"), Jdbc.getDate(rs, "signup_date"), rs.getString("customer_segment"));
    }

    private static KpiRecord kpi(ResultSet rs, Account account) throws SQLException {
        return new KpiRecord(account.externalAccountId(), account.accountName(), rs.getString("kpi_key"),
                rs.getString("kpi_name"), Jdbc.getEnum(rs, "category", Category::valueOf),
                Jdbc.getEnum(rs, "impact", Impact::valueOf), Jdbc.getEnum(rs, "frequency", Frequency::valueOf),
                rs.getDouble("kpi_value"), rs.getString("label"));
    }
}
