package org.csm.onboarding.store;

import java.lang.ref.SoftReference;
import org.csm.onboarding.model.table.AccountTable;

/// The account tables a [Store] read or wrote last, by snapshot id (docs/storage.md, section 3:
/// the current workspace's snapshot stays in memory). The latest is held firmly; the one before
/// it softly, so an undo right after an import finds the previous snapshot without reading it
/// back, yet the garbage collector may drop it when the heap is short. Snapshots never change
/// once written, so an entry stays valid; one written by a transaction that rolls back is
/// forgotten by [Store].
final class SnapshotCache {

    private long latestId = -1;
    private AccountTable latest;
    private long previousId = -1;
    private SoftReference<AccountTable> previous = new SoftReference<>(null);

    synchronized AccountTable get(long snapshotId) {
        if (snapshotId == latestId) {
            return latest;
        }
        AccountTable older = snapshotId == previousId ? previous.get() : null;
        if (older != null) {
            put(snapshotId, older);
        }
        return older;
    }

    synchronized void put(long snapshotId, AccountTable value) {
        if (snapshotId == latestId) {
            latest = value;
            return;
        }
        if (latest != null) {
            previousId = latestId;
            previous = new SoftReference<>(latest);
        }
        latestId = snapshotId;
        latest = value;
    }

    /// Keeps only snapshot `id` (held softly from now on) and lets go of any other: an import is
    /// about to build a new table, and another workspace's million accounts must not stay in the
    /// heap beside it, not even softly. A softly held table is cleared only when the heap is all
    /// but full, after the collector has run again and again: the long pauses a UI feels. (The
    /// workspace's own current table, `id`, is what the import merges into; when it is too big to
    /// merge in memory, [SnapshotRepository#merged] lets go of it too.)
    synchronized void retainOnly(long id) {
        AccountTable kept = get(id);
        latestId = -1;
        latest = null;
        previousId = kept == null ? -1 : id;
        previous = new SoftReference<>(kept);
    }

    synchronized void forget(long snapshotId) {
        if (snapshotId == latestId) {
            latestId = -1;
            latest = null;
        }
        if (snapshotId == previousId) {
            previousId = -1;
            previous = new SoftReference<>(null);
        }
    }
}
