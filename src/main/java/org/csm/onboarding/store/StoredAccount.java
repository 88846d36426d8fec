package org.csm.onboarding.store;

import java.util.List;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;

/// A current account as stored, with its profile (null when the import had none) and KPI
/// records in the order they were written.
public record StoredAccount(Account account, ProfileMetadata profile, List<KpiRecord> kpis) {

    public StoredAccount {
        kpis = List.copyOf(kpis);
    }
}
