package org.csm.onboarding.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.Frequency;
import org.csm.onboarding.model.Impact;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.KpiColumn;
import org.csm.onboarding.model.table.StringColumn;
import org.csm.onboarding.model.table.TextColumn;

/// Turns a run of an [AccountTable]'s rows into one `account_segment` payload and back
/// (docs/storage.md, section 1). Layout, version 1: a format byte, a compression byte, then the
/// columns one after the other (ids, names, revenue, the text columns as dictionary + codes,
/// profile flags, signup days, then each KPI column with its metadata), each self-contained so
/// a segment decodes without its neighbours. A later layout gets a new format byte; this class
/// keeps reading the old ones.
final class SegmentCodec {

    /// The layout written today.
    static final byte FORMAT_V1 = 1;
    static final byte STORED = 0;
    static final byte DEFLATED = 1;

    private SegmentCodec() {
    }

    /// The space one encoding thread reuses from segment to segment: the body and its deflated
    /// bytes. A new body per 32k-account segment (~5 MB, grown to ~11 MB), copied out, framed and
    /// deflated through a stream was ~30 MB of garbage per segment in arrays too large for the
    /// collector's young regions: about 1 GB per million accounts, which ran full compactions
    /// at the end of an import. Now a segment allocates its payload only.
    static final class Scratch {
        private final SegmentBuffer body = new SegmentBuffer(1 << 16);
        private byte[] packed = new byte[1 << 16];
    }

    /// Encodes rows `from` (inclusive) to `to` (exclusive) of `table`.
    static byte[] encode(AccountTable table, int from, int to, boolean deflate) {
        return encode(table, from, to, deflate, new Scratch());
    }

    /// [#encode(AccountTable, int, int, boolean)] in `scratch`, which one thread at a time may use.
    static byte[] encode(AccountTable table, int from, int to, boolean deflate, Scratch scratch) {
        SegmentBuffer out = scratch.body;
        out.reset();
        out.putInt(to - from);
        strings(out, table.ids(), from, to);
        strings(out, table.names(), from, to);
        out.putDoubles(table.revenue(), from, to);
        for (AccountTable.Text text : AccountTable.Text.values()) {
            text(out, table.text(text), from, to);
        }
        for (int row = from; row < to; row++) {
            out.putByte(table.hasProfile(row) ? (byte) 1 : 0);
        }
        out.putInts(table.signupDays(), from, to);
        out.putInt(table.kpiColumns().size());
        for (KpiColumn column : table.kpiColumns()) {
            KpiColumn.Info info = column.info();
            out.putString(info.key());
            out.putString(info.name());
            out.putString(info.category() == null ? null : info.category().name());
            out.putString(info.impact() == null ? null : info.impact().name());
            out.putString(info.frequency() == null ? null : info.frequency().name());
            out.putDoubles(column.values(), from, to);
            out.putByte(column.labels() == null ? (byte) 0 : 1);
            if (column.labels() != null) {
                text(out, column.labels(), from, to);
            }
        }
        return deflate ? deflated(scratch) : stored(out);
    }

    /// Decodes a payload written by any known format version.
    static AccountTable decode(byte[] payload) {
        if (payload.length < 2 || payload[0] != FORMAT_V1) {
            throw new IllegalStateException("Unknown account segment format " + (payload.length == 0 ? "(empty)" : payload[0])
                    + ": written by a newer version of the app?");
        }
        // Read in place: the body is not copied out of the payload or the inflated bytes.
        ByteBuffer in = switch (payload[1]) {
            case STORED -> ByteBuffer.wrap(payload, 2, payload.length - 2);
            case DEFLATED -> inflate(payload, 2);
            default -> throw new IllegalStateException("Unknown account segment compression " + payload[1]);
        };
        int rows = in.getInt();
        StringColumn ids = strings(in, rows);
        StringColumn names = strings(in, rows);
        double[] revenue = doubles(in, rows);
        TextColumn[] texts = new TextColumn[AccountTable.Text.values().length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = text(in, rows);
        }
        boolean[] hasProfile = new boolean[rows];
        for (int row = 0; row < rows; row++) {
            hasProfile[row] = in.get() != 0;
        }
        int[] signupDays = new int[rows];
        in.asIntBuffer().get(signupDays);
        in.position(in.position() + rows * Integer.BYTES);
        int columns = in.getInt();
        List<KpiColumn> kpis = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            String key = string(in);
            String name = string(in);
            Category category = enumOf(Category.class, string(in));
            Impact impact = enumOf(Impact.class, string(in));
            Frequency frequency = enumOf(Frequency.class, string(in));
            double[] values = doubles(in, rows);
            TextColumn labels = in.get() != 0 ? text(in, rows) : null;
            kpis.add(KpiColumn.of(new KpiColumn.Info(key, name, category, impact, frequency), values, labels));
        }
        return new AccountTable(ids, names, revenue, texts, hasProfile, signupDays, kpis);
    }

    private static void strings(SegmentBuffer out, StringColumn column, int from, int to) {
        for (int row = from; row < to; row++) {
            if (column.isNull(row)) {
                out.putInt(-1);
            } else {
                byte[] utf8 = column.utf8(row);
                out.putInt(utf8.length);
                out.putBytes(utf8);
            }
        }
    }

    private static StringColumn strings(ByteBuffer in, int rows) {
        var builder = new StringColumn.Builder();
        for (int row = 0; row < rows; row++) {
            int length = in.getInt();
            if (length < 0) {
                builder.addUtf8(null);
            } else {
                byte[] utf8 = new byte[length];
                in.get(utf8);
                builder.addUtf8(utf8);
            }
        }
        return builder.build();
    }

    /// Dictionary then codes, one byte each while the dictionary is small (the usual case).
    private static void text(SegmentBuffer out, TextColumn column, int from, int to) {
        List<String> dictionary = column.dictionary();
        out.putInt(dictionary.size());
        dictionary.forEach(out::putString);
        boolean narrow = dictionary.size() < Byte.MAX_VALUE;
        out.putByte(narrow ? (byte) 1 : 4);
        for (int row = from; row < to; row++) {
            if (narrow) {
                out.putByte((byte) column.code(row));
            } else {
                out.putInt(column.code(row));
            }
        }
    }

    private static TextColumn text(ByteBuffer in, int rows) {
        int size = in.getInt();
        var builder = new TextColumn.Builder();
        int[] codes = new int[size];
        for (int i = 0; i < size; i++) {
            codes[i] = builder.intern(string(in));
        }
        boolean narrow = in.get() == 1;
        for (int row = 0; row < rows; row++) {
            int code = narrow ? in.get() : in.getInt();
            builder.addCode(code == TextColumn.NULL ? TextColumn.NULL : codes[code]);
        }
        return builder.build();
    }

    private static double[] doubles(ByteBuffer in, int rows) {
        double[] values = new double[rows];
        in.asDoubleBuffer().get(values);
        in.position(in.position() + rows * Double.BYTES);
        return values;
    }

    static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static byte[] stored(SegmentBuffer body) {
        byte[] payload = new byte[body.size() + 2];
        payload[0] = FORMAT_V1;
        payload[1] = STORED;
        System.arraycopy(body.array(), 0, payload, 2, body.size());
        return payload;
    }

    /// The body deflated straight from the scratch buffer into the scratch output, behind the
    /// two frame bytes; the one array allocated is the payload itself.
    private static byte[] deflated(Scratch scratch) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(scratch.body.array(), 0, scratch.body.size());
            deflater.finish();
            byte[] packed = scratch.packed;
            int length = 2;
            while (!deflater.finished()) {
                if (length == packed.length) {
                    packed = Arrays.copyOf(packed, packed.length * 2);
                }
                length += deflater.deflate(packed, length, packed.length - length);
            }
            scratch.packed = packed;
            byte[] payload = Arrays.copyOf(packed, length);
            payload[0] = FORMAT_V1;
            payload[1] = DEFLATED;
            return payload;
        } finally {
            deflater.end();
        }
    }

    /// Inflates `payload` from `offset` into a buffer read in place (no trimming copy).
    static ByteBuffer inflate(byte[] payload, int offset) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(payload, offset, payload.length - offset);
            byte[] out = new byte[Math.max(1 << 16, (int) Math.min(Integer.MAX_VALUE - 16, payload.length * 3L))];
            int length = 0;
            while (!inflater.finished()) {
                if (length == out.length) {
                    if (out.length >= Integer.MAX_VALUE - 16) {
                        throw new IllegalStateException("A stored payload inflates past 2 GB: it is damaged");
                    }
                    out = Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 16, out.length * 2L));
                }
                int n = inflater.inflate(out, length, out.length - length);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("A stored payload is truncated");
                }
                length += n;
            }
            return ByteBuffer.wrap(out, 0, length);
        } catch (DataFormatException e) {
            throw new IllegalStateException("A stored payload is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
