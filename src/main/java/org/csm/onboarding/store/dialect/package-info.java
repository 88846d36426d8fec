/// What differs between the embedded H2 database and a team PostgreSQL server, in one place:
/// [org.csm.onboarding.store.dialect.DbLocation] says where the data is and connects (user and
/// password from the URL, the environment or `~/.pgpass`, never stored);
/// [org.csm.onboarding.store.dialect.Dialect] holds the types behind the migration placeholders,
/// upsert and sequence syntax, row-lock timeouts, who holds a lock, the current user, and the
/// translation of each database's error codes into one [org.csm.onboarding.store.dialect.Failure].
///
/// The repositories in `store` write portable SQL (see docs/storage.md section 4) and ask the
/// dialect only for these differences.
package org.csm.onboarding.store.dialect;
