package org.csm.onboarding.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.ScorePoint;

/// The payload of a `score_snapshot` row: a format byte, then deflated (KPI keys once; per
/// account its id, overall, status, five category scores and one band byte per KPI). About 30
/// bytes per account before compression, so 100,000 accounts stay around a megabyte.
final class ScoreSnapshotCodec {

    static final byte FORMAT = 1;
    private static final byte NONE = -1;
    private static final Category[] CATEGORIES = Category.values();
    private static final HealthStatus[] STATUSES = HealthStatus.values();
    private static final Band[] BANDS = Band.values();

    private ScoreSnapshotCodec() {
    }

    static byte[] encode(List<ScorePoint> points) {
        Set<String> keys = new LinkedHashSet<>();
        points.forEach(p -> keys.addAll(p.kpiBands().keySet()));
        List<String> kpis = List.copyOf(keys);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(FORMAT);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(kpis.size());
            for (String k : kpis) {
                out.writeUTF(k);
            }
            out.writeInt(points.size());
            for (ScorePoint p : points) {
                out.writeUTF(p.externalAccountId());
                out.writeDouble(p.overall() == null ? Double.NaN : p.overall());
                out.writeByte(p.status() == null ? NONE : p.status().ordinal());
                for (Category c : CATEGORIES) {
                    Double v = p.categories().get(c);
                    out.writeFloat(v == null ? Float.NaN : v.floatValue());
                }
                for (String k : kpis) {
                    Band b = p.kpiBands().get(k);
                    out.writeByte(b == null ? NONE : b.ordinal());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<ScorePoint> decode(byte[] payload) {
        if (payload.length == 0 || payload[0] != FORMAT) {
            throw new IllegalStateException("Unknown score snapshot format " + (payload.length == 0 ? "(empty)" : payload[0]));
        }
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
                    if (b != NONE) {
                        bands.put(k, BANDS[b]);
                    }
                }
                points.add(new ScorePoint(id, Double.isNaN(overall) ? null : overall, status == NONE ? null : STATUSES[status],
                        categories, bands));
            }
            return points;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
