package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;

/// Versioned account rows: an import never updates or deletes an account, it supersedes it,
/// so [ImportRepository#undoLast] can restore the previous state exactly. "Current" means not
/// superseded.
public final class AccountRepository {

    // One query, ordered so each account's rows arrive together: memory stays flat however
    // many accounts there are (H2 spills large sorted results to disk).
    private static final String CURRENT = "SELECT a.id, a.external_account_id, a.account_name, a.revenue, "
            + "a.industry, a.region, a.account_status, a.account_tier, a.assigned_csm, "
            + "p.account_id AS profile_id, p.industry AS profile_industry, p.use_case, p.gpu_type_primary, "
            + "p.signup_date, p.customer_segment, "
            + "k.kpi_key, k.kpi_name, k.category, k.impact, k.frequency, k.kpi_value, k.label "
            + "FROM account a "
            + "LEFT JOIN profile_metadata p ON p.account_id = a.id "
            + "LEFT JOIN kpi_record k ON k.account_id = a.id "
            + "WHERE a.workspace_id = ? AND a.superseded_by IS NULL ";
    private static final String ORDER = "ORDER BY a.external_account_id, a.id, k.seq";

    /// A batch writer for one import, flushed automatically before reads and at commit;
    /// closing it flushes early. Use one writer per import.
    public AccountWriter writer(Tx tx, long workspaceId, long importId) throws SQLException {
        return tx.writer(new WriterKey(workspaceId, importId), () -> new AccountWriter(tx, workspaceId, importId));
    }

    /// Same as `writer(tx, workspaceId, importId).write(...)`: batches across calls in the
    /// same transaction, so a loop of upserts is as fast as an explicit writer.
    public void upsert(Tx tx, long workspaceId, long importId, Account account, ProfileMetadata profile,
                       List<KpiRecord> kpis) throws SQLException {
        writer(tx, workspaceId, importId).write(account, profile, kpis);
    }

    /// Sends pending batches now (reads and commit do it anyway).
    public void flush(Tx tx) throws SQLException {
        tx.flushWriters();
    }

    public int countCurrent(Tx tx, long workspaceId) throws SQLException {
        return count(tx, "SELECT COUNT(*) FROM account WHERE workspace_id = ? AND superseded_by IS NULL", workspaceId);
    }

    public int countCurrentKpis(Tx tx, long workspaceId) throws SQLException {
        return count(tx, "SELECT COUNT(*) FROM kpi_record k JOIN account a ON a.id = k.account_id "
                + "WHERE a.workspace_id = ? AND a.superseded_by IS NULL", workspaceId);
    }

    /// Streams the current accounts ordered by external id.
    public void forEachCurrent(Tx tx, long workspaceId, Consumer<StoredAccount> consumer) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(CURRENT + ORDER)) {
            query.setLong(1, workspaceId);
            readGrouped(query, consumer);
        }
    }

    public Optional<StoredAccount> findCurrent(Tx tx, long workspaceId, String externalId) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(
                CURRENT + "AND a.external_account_id = ? " + ORDER)) {
            query.setLong(1, workspaceId);
            query.setString(2, externalId);
            var found = new ArrayList<StoredAccount>(1);
            readGrouped(query, found::add);
            return found.stream().findFirst();
        }
    }

    private static int count(Tx tx, String sql, long workspaceId) throws SQLException {
        try (PreparedStatement query = tx.connection().prepareStatement(sql)) {
            query.setLong(1, workspaceId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /// Folds consecutive rows of one account (one per KPI) into a StoredAccount.
    private static void readGrouped(PreparedStatement query, Consumer<StoredAccount> consumer) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            long currentId = -1;
            Account account = null;
            ProfileMetadata profile = null;
            List<KpiRecord> kpis = new ArrayList<>();
            while (rs.next()) {
                long id = rs.getLong("id");
                if (id != currentId) {
                    if (account != null) {
                        consumer.accept(new StoredAccount(account, profile, kpis));
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
                consumer.accept(new StoredAccount(account, profile, kpis));
            }
        }
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

    private record WriterKey(long workspaceId, long importId) {
    }
}
