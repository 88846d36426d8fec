package org.csm.onboarding.model.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csm.onboarding.model.Band;
import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.model.ScorePoint;

/// One score-history snapshot as columns (docs/storage.md, section 3): per account its external
/// id, overall score (NaN = none), status and each KPI's band, plus category scores when they
/// were recorded. A million accounts are a few arrays here, where a [ScorePoint] per account
/// with its maps would be hundreds of megabytes. Immutable; arrays are shared, not copied.
public final class ScoreColumns {

    /// Status or band code of "none".
    public static final byte NONE = -1;
    private static final HealthStatus[] STATUSES = HealthStatus.values();
    private static final Band[] BANDS = Band.values();
    private static final Category[] CATEGORIES = Category.values();

    private final StringColumn ids;
    private final double[] overall;
    private final byte[] status;
    private final float[][] categories;
    private final List<String> kpiKeys;
    private final byte[][] bands;
    private volatile IdIndex index;

    /// `categories[c]` is null for a category not recorded; `bands[k]` belongs to `kpiKeys[k]`,
    /// null when only ids, scores and statuses were read.
    public ScoreColumns(StringColumn ids, double[] overall, byte[] status, float[][] categories, List<String> kpiKeys,
                        byte[][] bands) {
        int n = ids.size();
        if (overall.length != n || status.length != n || categories.length != CATEGORIES.length
                || Arrays.stream(categories).anyMatch(c -> c != null && c.length != n)
                || (bands != null && (bands.length != kpiKeys.size() || Arrays.stream(bands).anyMatch(b -> b.length != n)))) {
            throw new IllegalArgumentException("Every score column needs " + n + " rows");
        }
        this.ids = ids;
        this.overall = overall;
        this.status = status;
        this.categories = categories.clone();
        this.kpiKeys = List.copyOf(kpiKeys);
        this.bands = bands == null ? null : bands.clone();
    }

    public int size() {
        return ids.size();
    }

    public StringColumn ids() {
        return ids;
    }

    public String id(int row) {
        return ids.get(row);
    }

    /// Overall per row, NaN where none. Shared: do not modify.
    public double[] overall() {
        return overall;
    }

    public HealthStatus status(int row) {
        return status[row] == NONE ? null : STATUSES[status[row]];
    }

    /// Status ordinals per row ([#NONE] where none). Shared: do not modify.
    public byte[] statusCodes() {
        return status;
    }

    /// A recorded category's scores per row (NaN where none), null when it was not recorded.
    public float[] category(Category category) {
        return categories[category.ordinal()];
    }

    public List<String> kpiKeys() {
        return kpiKeys;
    }

    public boolean hasBands() {
        return bands != null;
    }

    /// Band ordinals of KPI `kpiKeys().get(k)` per row ([#NONE] where none). Shared: do not modify.
    public byte[] bands(int k) {
        return bands[k];
    }

    /// The row of `externalId`, or -1.
    public int indexOf(String externalId) {
        IdIndex built = index;
        if (built == null) {
            built = IdIndex.of(ids);
            index = built;
        }
        byte[] utf8 = externalId.getBytes(StandardCharsets.UTF_8);
        return built.find(utf8, IdIndex.hash(utf8));
    }

    /// Each row of `other` mapped to its row here (-1 where absent); no lookups when both hold
    /// the same ids in the same order, as after a configuration change.
    public int[] rowsOf(StringColumn other) {
        int[] rows = new int[other.size()];
        if (ids.contentEquals(other)) {
            Arrays.setAll(rows, r -> r);
            return rows;
        }
        for (int r = 0; r < rows.length; r++) {
            rows[r] = other.isNull(r) ? -1 : indexOf(other.get(r));
        }
        return rows;
    }

    /// Row `row` as the record the history's callers read.
    public ScorePoint point(int row) {
        Map<Category, Double> byCategory = new EnumMap<>(Category.class);
        for (Category c : CATEGORIES) {
            float[] column = categories[c.ordinal()];
            if (column != null && !Float.isNaN(column[row])) {
                byCategory.put(c, (double) column[row]);
            }
        }
        Map<String, Band> byKpi = new LinkedHashMap<>();
        for (int k = 0; bands != null && k < bands.length; k++) {
            if (bands[k][row] != NONE) {
                byKpi.put(kpiKeys.get(k), BANDS[bands[k][row]]);
            }
        }
        return new ScorePoint(ids.get(row), Double.isNaN(overall[row]) ? null : overall[row], status(row), byCategory, byKpi);
    }

    public List<ScorePoint> points() {
        List<ScorePoint> points = new ArrayList<>(size());
        for (int r = 0; r < size(); r++) {
            points.add(point(r));
        }
        return points;
    }

    /// Columns from records (a category or KPI any record has becomes a column).
    public static ScoreColumns of(List<ScorePoint> points) {
        int n = points.size();
        var ids = new StringColumn.Builder();
        double[] overall = new double[n];
        byte[] status = new byte[n];
        float[][] categories = new float[CATEGORIES.length][];
        Set<String> keys = new LinkedHashSet<>();
        points.forEach(p -> keys.addAll(p.kpiBands().keySet()));
        List<String> kpiKeys = List.copyOf(keys);
        byte[][] bands = new byte[kpiKeys.size()][n];
        for (byte[] b : bands) {
            Arrays.fill(b, NONE);
        }
        for (int r = 0; r < n; r++) {
            ScorePoint p = points.get(r);
            ids.add(p.externalAccountId());
            overall[r] = p.overall() == null ? Double.NaN : p.overall();
            status[r] = p.status() == null ? NONE : (byte) p.status().ordinal();
            for (var e : p.categories().entrySet()) {
                int c = e.getKey().ordinal();
                if (categories[c] == null) {
                    categories[c] = new float[n];
                    Arrays.fill(categories[c], Float.NaN);
                }
                categories[c][r] = e.getValue().floatValue();
            }
            for (int k = 0; k < kpiKeys.size(); k++) {
                Band b = p.kpiBands().get(kpiKeys.get(k));
                bands[k][r] = b == null ? NONE : (byte) b.ordinal();
            }
        }
        return new ScoreColumns(ids.build(), overall, status, categories, kpiKeys, bands);
    }

    @Override
    public String toString() {
        return "ScoreColumns[" + size() + " accounts, " + kpiKeys.size() + " KPI band columns]";
    }
}
