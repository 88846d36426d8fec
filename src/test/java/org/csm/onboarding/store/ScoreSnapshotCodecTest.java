package org.csm.onboarding.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.ScorePoint;
import org.csm.onboarding.model.table.ScoreColumns;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/// Score history payloads: the columnar format reads back exactly (with or without bands), and
/// a payload in the row format V5 wrote is still read.
class ScoreSnapshotCodecTest {

    static final List<ScorePoint> POINTS = List.of(
            new ScorePoint("A1", 52.83, HealthStatus.AT_RISK, Map.of(Category.SUPPORT, 40.5),
                    Map.of("error_rate_pct", Band.CRITICAL, "cold_start_pct", Band.HEALTHY)),
            new ScorePoint("A2", null, HealthStatus.INSUFFICIENT_DATA, Map.of(), Map.of()),
            new ScorePoint("Zoë-3", 80.0, null, Map.of(), Map.of("cold_start_pct", Band.AT_RISK)));

    @Test
    void columnsReadBackExactly() {
        byte[] payload = ScoreSnapshotCodec.encode(ScoreColumns.of(POINTS));
        assertEquals(ScoreSnapshotCodec.FORMAT_COLUMNS, payload[0]);
        assertEquals(POINTS, ScoreSnapshotCodec.decode(payload, true).points());
    }

    @Test
    void aLargeSnapshotReadsBackExactlyThroughBothPartsOfTheStream() {
        // Many output chunks on each side of the switch from the ids' compression to the scores'.
        var random = new java.util.Random(6);
        var points = new java.util.ArrayList<ScorePoint>();
        Band[] bands = Band.values();
        for (int i = 0; i < 60_000; i++) {
            points.add(new ScorePoint(i % 97 == 0 ? "Zoë-" + i : "ACC-" + i, i % 50 == 0 ? null : random.nextDouble() * 100,
                    HealthStatus.values()[random.nextInt(HealthStatus.values().length)], Map.of(),
                    Map.of("error_rate_pct", bands[random.nextInt(bands.length)], "cold_start_pct", bands[i % bands.length])));
        }
        ScoreColumns columns = ScoreColumns.of(points);
        assertEquals(points, ScoreSnapshotCodec.decode(ScoreSnapshotCodec.encode(columns), true).points());
    }

    @Test
    void withoutBandsKeepsIdsScoresAndStatuses() {
        ScoreColumns read = ScoreSnapshotCodec.decode(ScoreSnapshotCodec.encode(ScoreColumns.of(POINTS)), false);
        assertFalse(read.hasBands());
        assertEquals(2, read.indexOf("Zoë-3"));
        assertEquals(HealthStatus.INSUFFICIENT_DATA, read.status(1));
        assertEquals(52.83, read.overall()[0]);
    }

    @Test
    void theRowFormatOfVersion5IsStillRead() throws IOException {
        assertEquals(POINTS, ScoreSnapshotCodec.decode(rowFormat(POINTS), true).points());
    }

    @Test
    void anUnknownFormatIsRefusedWithItsNumber() {
        var e = assertThrows(IllegalStateException.class, () -> ScoreSnapshotCodec.decode(new byte[] {9, 0}, true));
        assertEquals(true, e.getMessage().contains("9"));
    }

    /// The payload exactly as V5's codec wrote it (format 1, one account after the other).
    static byte[] rowFormat(List<ScorePoint> points) throws IOException {
        List<String> kpis = List.of("error_rate_pct", "cold_start_pct");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(ScoreSnapshotCodec.FORMAT_ROWS);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(kpis.size());
            for (String k : kpis) {
                out.writeUTF(k);
            }
            out.writeInt(points.size());
            for (ScorePoint p : points) {
                out.writeUTF(p.externalAccountId());
                out.writeDouble(p.overall() == null ? Double.NaN : p.overall());
                out.writeByte(p.status() == null ? -1 : p.status().ordinal());
                for (Category c : Category.values()) {
                    Double v = p.categories().get(c);
                    out.writeFloat(v == null ? Float.NaN : v.floatValue());
                }
                for (String k : kpis) {
                    Band b = p.kpiBands().get(k);
                    out.writeByte(b == null ? -1 : b.ordinal());
                }
            }
        }
        return bytes.toByteArray();
    }
}
