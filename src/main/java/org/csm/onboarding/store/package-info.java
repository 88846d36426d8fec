/// Persistence for the onboarding app, on an embedded H2 file (the default) or a team PostgreSQL
/// database: [org.csm.onboarding.store.Store] opens either and runs the versioned migrations;
/// repositories take the [org.csm.onboarding.store.Tx] of one transaction. What differs between
/// the two databases lives in `store/dialect`.
///
/// Choices worth knowing (the design and its measurements: `docs/storage.md`):
/// - An import stores a columnar snapshot of the workspace in compressed segments; undo flips
///   the import's state, and an unchanged re-import points at the snapshot it already has.
/// - Scores are computed from the snapshot in Java, never stored per account; what must be
///   remembered (the score history) is its own table.
/// - An import holds its workspace's lock for its one transaction, so a second importer waits or
///   is told who is importing, and readers see the old or the new snapshot, never a mix.
package org.csm.onboarding.store;
