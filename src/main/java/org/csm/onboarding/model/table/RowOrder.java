package org.csm.onboarding.model.table;

/// Row numbers in the UTF-8 byte order of a [StringColumn] (null first), as a stable sort with
/// [StringColumn#compare] gives them, without a boxed `Integer` per row: each row's first eight
/// bytes are compared as one unsigned number, and only rows whose first eight bytes are equal
/// compare their bytes in full. A million ids sort in a fraction of the boxed sort's time.
final class RowOrder {

    private RowOrder() {
    }

    static int[] byUtf8(StringColumn column) {
        int n = column.size();
        long[] prefix = new long[n];
        byte[] bytes = new byte[64];
        for (int row = 0; row < n; row++) {
            int length = column.utf8Length(row);
            if (length > bytes.length) {
                bytes = new byte[Math.max(length, bytes.length * 2)];
            }
            column.copyUtf8(row, bytes, 0);
            prefix[row] = prefix(bytes, length);
        }
        int[] rows = new int[n];
        for (int row = 0; row < n; row++) {
            rows[row] = row;
        }
        mergeSort(rows, rows.clone(), 0, n, prefix, column);
        return rows;
    }

    // Zero-padded: a value that is a prefix of another sorts first, as in the full comparison;
    // null and "" both give 0 and are told apart by it.
    private static long prefix(byte[] bytes, int length) {
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = (key << 8) | (i < length ? bytes[i] & 0xFF : 0);
        }
        return key;
    }

    private static int compare(int a, int b, long[] prefix, StringColumn column) {
        int byPrefix = Long.compareUnsigned(prefix[a], prefix[b]);
        return byPrefix != 0 ? byPrefix : column.compare(a, b);
    }

    /// Sorts `rows[from..to)` stably; `scratch` holds the same rows on entry.
    private static void mergeSort(int[] rows, int[] scratch, int from, int to, long[] prefix, StringColumn column) {
        if (to - from < 16) {
            for (int i = from + 1; i < to; i++) {
                int row = rows[i];
                int j = i - 1;
                while (j >= from && compare(rows[j], row, prefix, column) > 0) {
                    rows[j + 1] = rows[j];
                    j--;
                }
                rows[j + 1] = row;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        // Sort each half of `scratch` (using `rows` as its scratch), then merge them into `rows`.
        mergeSort(scratch, rows, from, middle, prefix, column);
        mergeSort(scratch, rows, middle, to, prefix, column);
        for (int i = from, left = from, right = middle; i < to; i++) {
            if (right >= to || (left < middle && compare(scratch[left], scratch[right], prefix, column) <= 0)) {
                rows[i] = scratch[left++];
            } else {
                rows[i] = scratch[right++];
            }
        }
    }
}
