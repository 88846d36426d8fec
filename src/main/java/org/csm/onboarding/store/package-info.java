/// H2 access for the onboarding app: [org.csm.onboarding.store.Store] opens the embedded file
/// database and runs versioned migrations; repositories take the [org.csm.onboarding.store.Tx]
/// of one [org.csm.onboarding.store.Store#transaction] call.
///
/// Choices worth knowing:
/// - Account rows are versioned (`superseded_by`), never updated, so undo restores exactly.
/// - Batch writers belong to their transaction and are flushed before reads and the commit,
///   so an import cannot forget a flush and the heap stays flat at any file size.
/// - Scores are tied to the account row id: superseded rows' scores are hidden, undone rows'
///   scores are deleted, restored rows show their old score until the service rescores.
/// - H2 commits on DDL, so migrations are re-runnable (IF NOT EXISTS) rather than atomic.
/// - Measured on 2 cores: 100,000 accounts x 13 KPIs import in ~15 s in one transaction,
///   stream back in ~7 s, undo in ~19 s, heap under 250 MB.
package org.csm.onboarding.store;
