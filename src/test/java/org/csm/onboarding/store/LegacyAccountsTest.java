package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;
import org.csm.onboarding.store.dialect.DbLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Migration V4 moves the accounts of the row-per-KPI tables into snapshots: the current
/// accounts come back exactly, undo still restores what the last import replaced, and the old
/// tables are gone.
class LegacyAccountsTest {

    @TempDir
    Path dir;

    @Test
    void rowsOfTheOldTablesBecomeSnapshotsThatUndoStillWalksBack() throws Exception {
        DbLocation.H2Folder location = (DbLocation.H2Folder) DbLocation.h2(dir);
        try (Connection connection = DriverManager.getConnection(location.url());
             Statement sql = connection.createStatement()) {
            LegacyDatabaseTest.createV3(sql);
            sql.execute("INSERT INTO workspace (id, name, created_at) VALUES (1, 'Legacy', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO import_run (id, workspace_id, file_name, imported_at, accounts) VALUES "
                    + "(1, 1, 'jan.xlsx', CURRENT_TIMESTAMP, 2), (2, 1, 'feb.xlsx', CURRENT_TIMESTAMP, 2)");
            // January: A1 and A2; February: A2 again (superseding January's) and A3, A3 written twice.
            sql.execute("INSERT INTO account (id, workspace_id, import_id, superseded_by, external_account_id, "
                    + "account_name, revenue, account_tier) VALUES "
                    + "(1, 1, 1, NULL, 'A1', 'One', 10, 'Gold'), (2, 1, 1, 2, 'A2', 'Two', 10, NULL), "
                    + "(3, 1, 2, NULL, 'A2', 'Two', 20, NULL), (4, 1, 2, 2, 'A3', 'Three', 1, NULL), "
                    + "(5, 1, 2, NULL, 'A3', 'Three', 30, NULL)");
            sql.execute("INSERT INTO profile_metadata (account_id, industry, signup_date) VALUES (1, 'Tech', DATE '2024-01-15')");
            sql.execute("INSERT INTO kpi_record (account_id, seq, kpi_key, kpi_name, category, impact, frequency, "
                    + "kpi_value, label) VALUES (1, 0, 'churn_risk', 'Churn Risk Score', 'CUSTOMER_SENTIMENT', "
                    + "'CRITICAL', 'MONTHLY', 1, 'High'), (2, 0, 'monthly_spend', 'Monthly Spend', 'BUSINESS_OUTCOMES', "
                    + "'HIGH', 'MONTHLY', 500, NULL)");
        }
        try (Store store = Store.open(location)) {
            long ws = TestData.workspace(store, "Legacy");
            List<StoredAccount> current = TestData.current(store, ws);
            assertEquals(List.of("A1", "A2", "A3"), current.stream().map(s -> s.account().externalAccountId()).toList());
            Account one = new Account("A1", "One", 10.0, null, null, null, "Gold", null);
            assertEquals(new StoredAccount(one, new ProfileMetadata("A1", "Tech", null, null, LocalDate.of(2024, 1, 15), null),
                    List.of(new KpiRecord("A1", "One", "churn_risk", "Churn Risk Score", Category.CUSTOMER_SENTIMENT,
                            Impact.CRITICAL, Frequency.MONTHLY, 1, "High"))), current.getFirst());
            assertEquals(20.0, current.get(1).account().revenue());
            assertEquals(30.0, current.get(2).account().revenue());
            assertNull(current.get(1).profile());

            store.transaction(tx -> TestData.IMPORTS.undoLast(tx, ws));
            List<StoredAccount> january = TestData.current(store, ws);
            assertEquals(List.of("A1", "A2"), january.stream().map(s -> s.account().externalAccountId()).toList());
            assertEquals(10.0, january.get(1).account().revenue());
            assertEquals(1, january.get(1).kpis().size());
            assertEquals(0, TestData.rows(store, "INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) IN "
                    + "('ACCOUNT', 'KPI_RECORD', 'PROFILE_METADATA', 'HEALTH_SCORE')"));
        }
    }
}
