package org.csm.onboarding.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;

/// Writes one import's accounts in JDBC batches; get one from [AccountRepository#writer]. Each
/// `write` supersedes the workspace's current row with the same external id and inserts the new
/// account, profile and KPI rows tagged with the import. Pending rows are flushed every
/// [BatchWriter#FLUSH_EVERY] accounts, before any read through the same [Tx], and at commit.
public final class AccountWriter extends BatchWriter {

    private final long workspaceId;
    private final long importId;
    private final PreparedStatement supersede;
    private final PreparedStatement insertAccount;
    private final PreparedStatement insertProfile;
    private final PreparedStatement insertKpi;
    // External ids in the pending batches: a repeat must see the first row inserted before its
    // supersede runs, so it forces a flush. Never more than FLUSH_EVERY entries.
    private final Set<String> pendingIds = new HashSet<>();
    private final long[] ids = new long[FLUSH_EVERY];
    private int nextId = ids.length;
    private int kpisWritten;

    AccountWriter(Tx tx, long workspaceId, long importId) throws SQLException {
        super(tx);
        this.workspaceId = workspaceId;
        this.importId = importId;
        // Prepared in execution order: supersede old rows, then parents before children.
        supersede = batched("UPDATE account SET superseded_by = ? "
                + "WHERE workspace_id = ? AND external_account_id = ? AND superseded_by IS NULL");
        insertAccount = batched("INSERT INTO account (id, workspace_id, import_id, external_account_id, account_name, "
                + "revenue, industry, region, account_status, account_tier, assigned_csm) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertProfile = batched("INSERT INTO profile_metadata (account_id, industry, use_case, gpu_type_primary, "
                + "signup_date, customer_segment) VALUES (?, ?, ?, ?, ?, ?)");
        insertKpi = batched("INSERT INTO kpi_record (account_id, seq, kpi_key, kpi_name, category, impact, frequency, "
                + "kpi_value, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /// Adds one account; `profile` may be null. The latest write of an external id wins.
    public void write(Account account, ProfileMetadata profile, List<KpiRecord> kpis) throws SQLException {
        String externalId = account.externalAccountId();
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("An account needs an external account id to be stored.");
        }
        if (!pendingIds.add(externalId)) {
            flush();
            pendingIds.add(externalId);
        }
        long id = nextAccountId();
        addSupersede(externalId);
        addAccount(id, account);
        if (profile != null) {
            addProfile(id, profile);
        }
        for (int seq = 0; seq < kpis.size(); seq++) {
            addKpi(id, seq, kpis.get(seq));
        }
        kpisWritten += kpis.size();
        itemAdded();
    }

    /// KPI records written through this writer so far.
    public int kpisWritten() {
        return kpisWritten;
    }

    @Override
    void afterFlush() {
        pendingIds.clear();
    }

    // One sequence query per FLUSH_EVERY accounts instead of one per account.
    private long nextAccountId() throws SQLException {
        if (nextId == ids.length) {
            try (PreparedStatement query = tx().raw().prepareStatement(
                    tx().dialect().nextValues("account_id_seq", ids.length));
                 ResultSet rs = query.executeQuery()) {
                for (int i = 0; i < ids.length; i++) {
                    rs.next();
                    ids[i] = rs.getLong(1);
                }
            }
            nextId = 0;
        }
        return ids[nextId++];
    }

    private void addSupersede(String externalId) throws SQLException {
        supersede.setLong(1, importId);
        supersede.setLong(2, workspaceId);
        supersede.setString(3, externalId);
        supersede.addBatch();
    }

    private void addAccount(long id, Account account) throws SQLException {
        insertAccount.setLong(1, id);
        insertAccount.setLong(2, workspaceId);
        insertAccount.setLong(3, importId);
        insertAccount.setString(4, account.externalAccountId());
        insertAccount.setString(5, account.accountName());
        Jdbc.setDouble(insertAccount, 6, account.revenue());
        insertAccount.setString(7, account.industry());
        insertAccount.setString(8, account.region());
        insertAccount.setString(9, account.accountStatus());
        insertAccount.setString(10, account.accountTier());
        insertAccount.setString(11, account.assignedCsm());
        insertAccount.addBatch();
    }

    private void addProfile(long id, ProfileMetadata profile) throws SQLException {
        insertProfile.setLong(1, id);
        insertProfile.setString(2, profile.industry());
        insertProfile.setString(3, profile.useCase());
        insertProfile.setString(4, profile.gpuTypePrimary());
        Jdbc.setDate(insertProfile, 5, profile.signupDate());
        insertProfile.setString(6, profile.customerSegment());
        insertProfile.addBatch();
    }

    private void addKpi(long id, int seq, KpiRecord kpi) throws SQLException {
        insertKpi.setLong(1, id);
        insertKpi.setInt(2, seq);
        insertKpi.setString(3, kpi.kpiKey());
        insertKpi.setString(4, kpi.kpiName());
        Jdbc.setEnum(insertKpi, 5, kpi.category());
        Jdbc.setEnum(insertKpi, 6, kpi.impact());
        Jdbc.setEnum(insertKpi, 7, kpi.frequency());
        insertKpi.setDouble(8, kpi.value());
        insertKpi.setString(9, kpi.label());
        insertKpi.addBatch();
    }
}
