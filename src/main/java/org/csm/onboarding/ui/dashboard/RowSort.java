package org.csm.onboarding.ui.dashboard;

import java.util.function.IntBinaryOperator;

/// A stable merge sort of row numbers by a comparator over rows, without boxing a million
/// Integers (which is what `Arrays.sort` with a comparator needs).
final class RowSort {

    private RowSort() {
    }

    static void sort(int[] rows, IntBinaryOperator order) {
        int[] buffer = rows.clone();
        split(buffer, rows, 0, rows.length, order);
    }

    /// Sorts `from..to` of `source` into `target` (both start with the same contents).
    private static void split(int[] source, int[] target, int from, int to, IntBinaryOperator order) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        split(target, source, from, mid, order);
        split(target, source, mid, to, order);
        if (order.applyAsInt(source[mid - 1], source[mid]) <= 0) {
            // Already in order (a table sorted again as it is): one comparison, no merge.
            System.arraycopy(source, from, target, from, to - from);
            return;
        }
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && order.applyAsInt(source[i], source[j]) <= 0)) {
                target[k] = source[i++];
            } else {
                target[k] = source[j++];
            }
        }
    }
}
