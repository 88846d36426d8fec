package org.csm.onboarding.engine.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.ReferenceRange;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.KpiColumn;
import org.csm.onboarding.model.table.TextColumn;

/// Each KPI's band for every account of a table, column by column: what the score history
/// remembers and the ranges step counts. The same bands [KpiScorer] gives one record at a
/// time, without an object per value (a text KPI's labels are resolved once per distinct label).
public final class TableBands {

    /// Band code of an account without a record (or a band) for the KPI.
    public static final byte NONE = -1;

    /// The KPI keys that have bands (in the table's column order) and per key one band ordinal
    /// per row ([#NONE] where none).
    public record Bands(List<String> keys, byte[][] codes) {

        /// Accounts per band of KPI `k`, indexed by band ordinal.
        public int[] counts(int k) {
            int[] counts = new int[Band.values().length];
            for (byte b : codes[k]) {
                if (b != NONE) {
                    counts[b]++;
                }
            }
            return counts;
        }
    }

    private TableBands() {
    }

    /// Bands of every KPI column the context knows and can band (numeric ones need a range).
    public static Bands of(AccountTable table, ScoringContext ctx) {
        List<String> keys = new ArrayList<>();
        List<byte[]> codes = new ArrayList<>();
        for (KpiColumn column : table.kpiColumns()) {
            Optional<KpiDefinition> def = ctx.catalog().find(column.key());
            ReferenceRange range = ctx.ranges().get(column.key());
            if (def.isEmpty() || (range == null && !def.get().isText())) {
                continue;
            }
            keys.add(column.key());
            codes.add(def.get().isText() ? text(column, def.get()) : numeric(column, range));
        }
        return new Bands(List.copyOf(keys), codes.toArray(byte[][]::new));
    }

    private static byte[] numeric(KpiColumn column, ReferenceRange range) {
        double[] values = column.values();
        double critical = range.critical();
        double healthy = range.healthy();
        byte[] bands = new byte[values.length];
        for (int row = 0; row < values.length; row++) {
            bands[row] = column.present(row)
                    ? (byte) KpiScorer.bandAt(KpiScorer.position(values[row], critical, healthy)).ordinal() : NONE;
        }
        return bands;
    }

    private static byte[] text(KpiColumn column, KpiDefinition def) {
        TextColumn labels = column.labels();
        byte[] byCode = new byte[labels == null ? 0 : labels.dictionary().size()];
        for (int code = 0; code < byCode.length; code++) {
            String label = labels.dictionary().get(code);
            byCode[code] = label.isBlank() ? NONE : def.label(label).map(l -> (byte) l.band().ordinal()).orElse(NONE);
        }
        byte[] bands = new byte[column.values().length];
        Arrays.fill(bands, NONE);
        for (int row = 0; row < bands.length; row++) {
            if (!column.present(row)) {
                continue;
            }
            int code = labels == null ? TextColumn.NULL : labels.code(row);
            if (code != TextColumn.NULL && byCode[code] != NONE) {
                bands[row] = byCode[code];
            } else {
                // Unknown or missing label: the stored number decides, as in KpiScorer.
                bands[row] = KpiScorer.resolveBand(def, null, column.value(row)).map(b -> (byte) b.ordinal()).orElse(NONE);
            }
        }
        return bands;
    }
}
