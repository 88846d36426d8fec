package org.csm.onboarding.engine.ask;

import java.util.function.IntFunction;

/// Finds a row by a key derived from the row (its id in lower case, its id's digits) without a
/// `Map<String, Integer>`, which cost ~100 bytes per account and did not fit a million accounts
/// in 512 MB: open addressing over row numbers, about 8 bytes per account. A probe derives the
/// key of each row it meets again, so keys are never held.
final class RowIndex {

    /// What [#find] returns for a key several rows share, when the index was built to say so.
    static final int AMBIGUOUS = -2;

    private final IntFunction<String> keyOf;
    // row + 1; negated when a later row had the same key (ambiguous); 0 = empty
    private final int[] slots;

    /// Indexes rows `0..rows-1` under `keyOf(row)` (null or "" leaves the row out). A key two rows
    /// share finds the first row, or [#AMBIGUOUS] when `sharedIsAmbiguous`.
    RowIndex(int rows, IntFunction<String> keyOf, boolean sharedIsAmbiguous) {
        this.keyOf = keyOf;
        this.slots = new int[Integer.highestOneBit(Math.max(8, rows)) * 4];
        int mask = slots.length - 1;
        for (int row = 0; row < rows; row++) {
            String key = keyOf.apply(row);
            if (key == null || key.isEmpty()) {
                continue;
            }
            for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
                int slot = slots[i];
                if (slot == 0) {
                    slots[i] = row + 1;
                    break;
                }
                if (key.equals(keyOf.apply(Math.abs(slot) - 1))) {
                    if (sharedIsAmbiguous) {
                        slots[i] = -Math.abs(slot);
                    }
                    break;
                }
            }
        }
    }

    /// The row whose key is `key`, -1 when none, [#AMBIGUOUS] when several.
    int find(String key) {
        int mask = slots.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if (key.equals(keyOf.apply(Math.abs(slot) - 1))) {
                return slot < 0 ? AMBIGUOUS : slot - 1;
            }
        }
    }

    private static int hash(String key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }
}
