package org.csm.onboarding.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.InflaterInputStream;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.ScorePoint;
import org.csm.onboarding.model.table.ScoreColumns;
import org.csm.onboarding.model.table.StringColumn;

/// The payload of a `score_snapshot` row. Format 2 (written today) is columnar like the account
/// segments ([SegmentCodec]): a format byte, then deflated (see [#deflated]) the row count, the ids
/// (lengths, then their UTF-8 bytes), overall as doubles, one status byte per account, the
/// recorded category columns as floats, and each KPI's key with one band byte per account. A
/// million accounts encode in a fraction of a second with no object per account. Format 1
/// (row by row, issue 9's first version) is still read.
final class ScoreSnapshotCodec {

    static final byte FORMAT_ROWS = 1;
    static final byte FORMAT_COLUMNS = 2;
    private static final Category[] CATEGORIES = Category.values();

    private ScoreSnapshotCodec() {
    }

    static byte[] encode(ScoreColumns scores) {
        int n = scores.size();
        StringColumn ids = scores.ids();
        long idBytes = 0;
        for (int r = 0; r < n; r++) {
            idBytes += ids.utf8Length(r);
        }
        // Sized up front: growing by doubling copied tens of megabytes at a million accounts.
        var out = new SegmentBuffer((int) Math.min(Integer.MAX_VALUE - 64,
                1024 + idBytes + (long) n * (Integer.BYTES + Double.BYTES + 1 + scores.kpiKeys().size())));
        out.putInt(n);
        for (int r = 0; r < n; r++) {
            out.putInt(ids.isNull(r) ? -1 : ids.utf8Length(r));
        }
        for (int r = 0; r < n; r++) {
            out.putUtf8(ids, r);
        }
        int textEnd = (int) (Integer.BYTES + (long) n * Integer.BYTES + idBytes);
        out.putDoubles(scores.overall(), 0, n);
        out.putBytes(scores.statusCodes());
        for (Category c : CATEGORIES) {
            float[] column = scores.category(c);
            out.putByte(column == null ? (byte) 0 : 1);
            if (column != null) {
                out.putFloats(column);
            }
        }
        boolean bands = scores.hasBands();
        out.putInt(bands ? scores.kpiKeys().size() : 0);
        for (int k = 0; bands && k < scores.kpiKeys().size(); k++) {
            out.putString(scores.kpiKeys().get(k));
            out.putBytes(scores.bands(k));
        }
        // Deflated from the buffer itself: a copy of the body was ~40 MB at a million accounts.
        return deflated(out.array(), out.size(), textEnd);
    }

    /// Format 2's one deflate stream, at the fast level for the ids (text repeats) and Huffman
    /// coding only from `textEnd` on: scores and band codes have few repeated strings to find, so
    /// there matching cost 60 % of a 1M snapshot's encoding and gave a larger result (measured:
    /// 12.4 MB in 0.4 s instead of 13.3 MB in 1.0 s). Any inflater reads it as before.
    private static byte[] deflated(byte[] body, int length, int textEnd) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            var out = new ByteArrayOutputStream(length / 2 + 64);
            out.write(FORMAT_COLUMNS);
            byte[] chunk = new byte[64 * 1024];
            deflater.setInput(body, 0, textEnd);
            while (!deflater.needsInput()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            // The new strategy applies once the input so far is flushed; no input is pending here.
            deflater.setStrategy(Deflater.HUFFMAN_ONLY);
            for (int written; (written = deflater.deflate(chunk)) > 0; ) {
                out.write(chunk, 0, written);
            }
            deflater.setInput(body, textEnd, length - textEnd);
            deflater.finish();
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /// Decodes a payload of either format; `withBands` false skips the KPI bands (trends and
    /// statuses need only ids and scores).
    static ScoreColumns decode(byte[] payload, boolean withBands) {
        if (payload.length == 0) {
            throw new IllegalStateException("Empty score snapshot");
        }
        return switch (payload[0]) {
            case FORMAT_COLUMNS -> columns(SegmentCodec.inflate(payload, 1), withBands);
            case FORMAT_ROWS -> ScoreColumns.of(rows(payload));
            default -> throw new IllegalStateException("Unknown score snapshot format " + payload[0]
                    + ": written by a newer version of the app?");
        };
    }

    private static ScoreColumns columns(ByteBuffer in, boolean withBands) {
        int n = in.getInt();
        int[] lengths = new int[n];
        in.asIntBuffer().get(lengths);
        in.position(in.position() + n * Integer.BYTES);
        var ids = new StringColumn.Builder();
        byte[] data = in.array();
        for (int r = 0; r < n; r++) {
            if (lengths[r] < 0) {
                ids.addUtf8(null);
            } else {
                ids.addUtf8(data, in.position(), lengths[r]);
                in.position(in.position() + lengths[r]);
            }
        }
        double[] overall = new double[n];
        in.asDoubleBuffer().get(overall);
        in.position(in.position() + n * Double.BYTES);
        byte[] status = new byte[n];
        in.get(status);
        float[][] categories = new float[CATEGORIES.length][];
        for (Category c : CATEGORIES) {
            if (in.get() != 0) {
                categories[c.ordinal()] = new float[n];
                in.asFloatBuffer().get(categories[c.ordinal()]);
                in.position(in.position() + n * Float.BYTES);
            }
        }
        int kpis = in.getInt();
        List<String> keys = new ArrayList<>(kpis);
        byte[][] bands = withBands ? new byte[kpis][] : null;
        for (int k = 0; k < kpis; k++) {
            keys.add(SegmentCodec.string(in));
            if (withBands) {
                bands[k] = new byte[n];
                in.get(bands[k]);
            } else {
                in.position(in.position() + n);
            }
        }
        return new ScoreColumns(ids.build(), overall, status, categories, withBands ? keys : List.of(), bands);
    }

    /// Format 1: KPI keys once, then per account its id, overall, status, categories and bands.
    private static List<ScorePoint> rows(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(
                new ByteArrayInputStream(payload, 1, payload.length - 1)))) {
            String[] kpis = new String[in.readInt()];
            for (int i = 0; i < kpis.length; i++) {
                kpis[i] = in.readUTF();
            }
            int n = in.readInt();
            List<ScorePoint> points = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                double overall = in.readDouble();
                byte status = in.readByte();
                Map<Category, Double> categories = new EnumMap<>(Category.class);
                for (Category c : CATEGORIES) {
                    float v = in.readFloat();
                    if (!Float.isNaN(v)) {
                        categories.put(c, (double) v);
                    }
                }
                Map<String, Band> bands = new LinkedHashMap<>();
                for (String k : kpis) {
                    byte b = in.readByte();
                    if (b != ScoreColumns.NONE) {
                        bands.put(k, Band.values()[b]);
                    }
                }
                points.add(new ScorePoint(id, Double.isNaN(overall) ? null : overall,
                        status == ScoreColumns.NONE ? null : HealthStatus.values()[status], categories, bands));
            }
            return points;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
