package org.csm.onboarding.ui.dashboard;

import java.util.function.IntBinaryOperator;

import org.csm.onboarding.engine.Progress;

/// A stable merge sort of row numbers by a comparator over rows, without boxing a million
/// Integers (which is what `Arrays.sort` with a comparator needs).
final class RowSort {

    private RowSort() {
    }

    /// Merges of at least this many rows look first whether the sort was superseded.
    private static final int CHECK_FROM = 1 << 14;

    static void sort(int[] rows, IntBinaryOperator order) {
        sort(rows, order, Progress.NONE);
    }

    /// Sorts off the FX thread: stops with [org.csm.onboarding.engine.CancelledException] once
    /// `progress` is cancelled (a newer sort or filter was asked for).
    static void sort(int[] rows, IntBinaryOperator order, Progress progress) {
        int[] buffer = rows.clone();
        split(buffer, rows, 0, rows.length, order, progress);
    }

    /// Sorts `from..to` of `source` into `target` (both start with the same contents).
    private static void split(int[] source, int[] target, int from, int to, IntBinaryOperator order, Progress progress) {
        if (to - from < 2) {
            return;
        }
        if (to - from >= CHECK_FROM) {
            progress.checkCancelled();
        }
        int mid = (from + to) >>> 1;
        split(target, source, from, mid, order, progress);
        split(target, source, mid, to, order, progress);
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
