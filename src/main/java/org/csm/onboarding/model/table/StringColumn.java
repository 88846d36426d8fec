package org.csm.onboarding.model.table;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/// A column of mostly distinct strings (external ids, names) packed as UTF-8 bytes with offsets:
/// about 15 bytes per short value instead of ~50 for a `String[]`, which is what lets a
/// million accounts live in the heap beside the reader. `null` is kept apart from "".
public final class StringColumn {

    private final byte[] bytes;
    // offsets[i] .. offsets[i + 1] are value i's bytes; a negative length marks null.
    private final int[] offsets;
    private final boolean[] nulls;
    private final int size;

    private StringColumn(byte[] bytes, int[] offsets, boolean[] nulls, int size) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.nulls = nulls;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public String get(int row) {
        if (nulls[row]) {
            return null;
        }
        return new String(bytes, offsets[row], offsets[row + 1] - offsets[row], StandardCharsets.UTF_8);
    }

    /// The UTF-8 bytes of value `row` (empty for null).
    public byte[] utf8(int row) {
        return Arrays.copyOfRange(bytes, offsets[row], offsets[row + 1]);
    }

    /// The length of value `row` in UTF-8 bytes (0 for null).
    public int utf8Length(int row) {
        return offsets[row + 1] - offsets[row];
    }

    /// Copies value `row`'s UTF-8 bytes into `target` at `at` (nothing for null).
    public void copyUtf8(int row, byte[] target, int at) {
        System.arraycopy(bytes, offsets[row], target, at, offsets[row + 1] - offsets[row]);
    }

    public boolean isNull(int row) {
        return nulls[row];
    }

    /// Whether `other` holds the same values in the same order (a few array compares).
    public boolean contentEquals(StringColumn other) {
        return other == this || (size == other.size && Arrays.equals(offsets, 0, size + 1, other.offsets, 0, size + 1)
                && Arrays.equals(nulls, 0, size, other.nulls, 0, size)
                && Arrays.equals(bytes, 0, offsets[size], other.bytes, 0, offsets[size]));
    }

    /// Whether value `row` is exactly `utf8`; cheaper than decoding it.
    boolean equalsUtf8(int row, byte[] utf8) {
        return !nulls[row] && Arrays.equals(bytes, offsets[row], offsets[row + 1], utf8, 0, utf8.length);
    }

    /// Orders two values by their UTF-8 bytes (code point order); null first. Without decoding:
    /// the accounts table sorts a million names this way.
    public int compare(int a, int b) {
        if (nulls[a] || nulls[b]) {
            return Boolean.compare(!nulls[a], !nulls[b]);
        }
        return Arrays.compareUnsigned(bytes, offsets[a], offsets[a + 1], bytes, offsets[b], offsets[b + 1]);
    }

    int hash(int row) {
        return hash(bytes, offsets[row], offsets[row + 1]);
    }

    static int hash(byte[] data, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + data[i];
        }
        return h ^ (h >>> 16);
    }

    /// Appends values; the column it builds is immutable.
    public static final class Builder {
        private byte[] bytes = new byte[1024];
        private int[] offsets = new int[65];
        private boolean[] nulls = new boolean[64];
        private int size;

        public Builder add(String value) {
            return value == null ? addUtf8(null) : addUtf8(value.getBytes(StandardCharsets.UTF_8));
        }

        /// Appends raw UTF-8 (null for a null value).
        public Builder addUtf8(byte[] utf8) {
            if (utf8 != null) {
                return addUtf8(utf8, 0, utf8.length);
            }
            ensureRows(size + 1);
            nulls[size] = true;
            offsets[size + 1] = offsets[size];
            size++;
            return this;
        }

        /// Appends `length` UTF-8 bytes of `data` from `offset` (a slice of a decoded payload).
        public Builder addUtf8(byte[] data, int offset, int length) {
            ensureRows(size + 1);
            int start = offsets[size];
            if (start + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, start + length));
            }
            System.arraycopy(data, offset, bytes, start, length);
            nulls[size] = false;
            offsets[++size] = start + length;
            return this;
        }

        /// Appends value `row` of `column` without decoding it.
        public Builder addFrom(StringColumn column, int row) {
            return column.nulls[row] ? addUtf8(null)
                    : addUtf8(column.bytes, column.offsets[row], column.offsets[row + 1] - column.offsets[row]);
        }

        public int size() {
            return size;
        }

        /// Value `row` added so far.
        public String get(int row) {
            return nulls[row] ? null
                    : new String(bytes, offsets[row], offsets[row + 1] - offsets[row], StandardCharsets.UTF_8);
        }

        int hash(int row) {
            return StringColumn.hash(bytes, offsets[row], offsets[row + 1]);
        }

        boolean equalsUtf8(int row, byte[] utf8) {
            return !nulls[row] && Arrays.equals(bytes, offsets[row], offsets[row + 1], utf8, 0, utf8.length);
        }

        private void ensureRows(int rows) {
            if (rows >= nulls.length) {
                int capacity = Math.max(nulls.length * 2, rows + 1);
                nulls = Arrays.copyOf(nulls, capacity);
                offsets = Arrays.copyOf(offsets, capacity + 1);
            }
        }

        /// The column; the builder lets go of its buffers (it builds once).
        public StringColumn build() {
            byte[] data = Arrays.copyOf(bytes, offsets[size]);
            bytes = new byte[0];
            int[] ends = Arrays.copyOf(offsets, size + 1);
            offsets = new int[1];
            boolean[] missing = Arrays.copyOf(nulls, size);
            nulls = new boolean[0];
            return new StringColumn(data, ends, missing, size);
        }
    }
}
