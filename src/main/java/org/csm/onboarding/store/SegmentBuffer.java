package org.csm.onboarding.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/// A growable big-endian byte buffer with bulk puts for the column arrays of [SegmentCodec].
final class SegmentBuffer {

    private ByteBuffer buffer;

    SegmentBuffer(int initialCapacity) {
        buffer = ByteBuffer.allocate(Math.max(256, initialCapacity));
    }

    private void ensure(int more) {
        if (buffer.remaining() < more) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more));
            buffer.flip();
            bigger.put(buffer);
            buffer = bigger;
        }
    }

    void putByte(byte value) {
        ensure(1);
        buffer.put(value);
    }

    void putInt(int value) {
        ensure(Integer.BYTES);
        buffer.putInt(value);
    }

    void putBytes(byte[] bytes) {
        ensure(bytes.length);
        buffer.put(bytes);
    }

    /// A nullable string: its UTF-8 length (-1 for null) and bytes.
    void putString(String value) {
        if (value == null) {
            putInt(-1);
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            putBytes(utf8);
        }
    }

    /// Value `row` of `column` as raw UTF-8 (its length is written elsewhere).
    void putUtf8(org.csm.onboarding.model.table.StringColumn column, int row) {
        int length = column.utf8Length(row);
        ensure(length);
        column.copyUtf8(row, buffer.array(), buffer.arrayOffset() + buffer.position());
        buffer.position(buffer.position() + length);
    }

    void putFloats(float[] values) {
        ensure(values.length * Float.BYTES);
        buffer.asFloatBuffer().put(values);
        buffer.position(buffer.position() + values.length * Float.BYTES);
    }

    void putDoubles(double[] values, int from, int to) {
        ensure((to - from) * Double.BYTES);
        buffer.asDoubleBuffer().put(values, from, to - from);
        buffer.position(buffer.position() + (to - from) * Double.BYTES);
    }

    void putInts(int[] values, int from, int to) {
        ensure((to - from) * Integer.BYTES);
        buffer.asIntBuffer().put(values, from, to - from);
        buffer.position(buffer.position() + (to - from) * Integer.BYTES);
    }

    /// Empties the buffer for the next payload; its capacity stays.
    void reset() {
        buffer.clear();
    }

    /// The backing array; bytes `0..size()` are what was put.
    byte[] array() {
        return buffer.array();
    }

    int size() {
        return buffer.position();
    }
}
