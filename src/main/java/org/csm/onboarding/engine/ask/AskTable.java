package org.csm.onboarding.engine.ask;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.HealthStatus;

/// The read-only, column-per-field view of a workspace that questions are answered over: one
/// entry per account in every array. It is built once per workspace state (import, rescore) and
/// then answers any number of questions; nothing here touches a database.
///
/// `previousStatus` holds each account's status in the previous score snapshot (null entries
/// where the account is new or there is no snapshot). `details` computes one account's full
/// explanation on demand, so the table itself stays a few arrays. Ids and names are read through
/// functions, so a workspace's table reads them from its snapshot's packed columns: a `String`
/// per id and name cost about 130 MB at a million accounts.
public final class AskTable {

    /// Keys of the columns every table has besides its KPI and profile columns.
    public static final String OVERALL = "overall";
    public static final String STATUS = "status";
    public static final String COVERAGE = "coverage";
    /// Computed overall minus the file's own health score on the 0-100 scale.
    public static final String SCORE_GAP = "score_gap";

    private final int size;
    private final IntFunction<String> ids;
    private final IntFunction<String> names;
    private final HealthStatus[] status;
    private final HealthStatus[] previousStatus;
    private final Map<String, Column> columns;
    private final IntFunction<Optional<HealthScore>> details;
    private volatile RowIndex rowById;

    public AskTable(String[] ids, String[] names, HealthStatus[] status, HealthStatus[] previousStatus,
                    List<Column> columns, IntFunction<Optional<HealthScore>> details) {
        this(checked(ids.length, names.length), row -> ids[row], row -> names[row], status, previousStatus, columns, details);
    }

    /// A table of `size` accounts whose id and name `ids` and `names` give by row.
    public AskTable(int size, IntFunction<String> ids, IntFunction<String> names, HealthStatus[] status,
                    HealthStatus[] previousStatus, List<Column> columns, IntFunction<Optional<HealthScore>> details) {
        int n = size;
        if (status.length != n || (previousStatus != null && previousStatus.length != n)) {
            throw new IllegalArgumentException("Every column needs one entry per account");
        }
        this.size = n;
        this.ids = ids;
        this.names = names;
        this.status = status;
        this.previousStatus = previousStatus;
        this.details = details;
        var byKey = new LinkedHashMap<String, Column>();
        for (Column c : columns) {
            int len = c instanceof Column.Numbers num ? num.values().length : ((Column.Texts) c).values().length;
            if (len != n) {
                throw new IllegalArgumentException("Column " + c.key() + " has " + len + " entries for " + n + " accounts");
            }
            byKey.put(c.key(), c);
        }
        String[] statusText = new String[n];
        for (int i = 0; i < n; i++) {
            statusText[i] = status[i] == null ? null : statusLabel(status[i]);
        }
        byKey.putIfAbsent(STATUS, new Column.Texts(STATUS, "Status", List.of("band", "health status"), statusText));
        this.columns = Collections.unmodifiableMap(byKey);
    }

    private static int checked(int ids, int names) {
        if (ids != names) {
            throw new IllegalArgumentException("Every column needs one entry per account");
        }
        return ids;
    }

    public int size() {
        return size;
    }

    public String id(int row) {
        return ids.apply(row);
    }

    public String name(int row) {
        return names.apply(row);
    }

    public HealthStatus status(int row) {
        return status[row];
    }

    /// The status in the previous snapshot, or null when there is none for this account.
    public HealthStatus previousStatus(int row) {
        return previousStatus == null ? null : previousStatus[row];
    }

    public boolean hasHistory() {
        return previousStatus != null;
    }

    public List<Column> columns() {
        return new ArrayList<>(columns.values());
    }

    public Optional<Column> column(String key) {
        return Optional.ofNullable(columns.get(key));
    }

    public Optional<Column.Numbers> numbers(String key) {
        return columns.get(key) instanceof Column.Numbers n ? Optional.of(n) : Optional.empty();
    }

    /// The row of an external account id, any case.
    public Optional<Integer> rowOf(String externalId) {
        RowIndex index = rowById;
        if (index == null) {
            // Built on the first lookup: a question that names no account never pays for it.
            index = new RowIndex(size, row -> lowerCase(ids.apply(row)), false);
            rowById = index;
        }
        int row = index.find(externalId.toLowerCase(Locale.ROOT));
        return row < 0 ? Optional.empty() : Optional.of(row);
    }

    private static String lowerCase(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }

    /// The account's full explanation (every KPI's score and points), computed on demand.
    public Optional<HealthScore> details(int row) {
        return details.apply(row);
    }

    public static String statusLabel(HealthStatus s) {
        return switch (s) {
            case HEALTHY -> "Healthy";
            case AT_RISK -> "At Risk";
            case CRITICAL -> "Critical";
            case INSUFFICIENT_DATA -> "Insufficient data";
        };
    }

    /// Riskiest first: Critical, At Risk, Insufficient data, Healthy.
    public static int riskRank(HealthStatus s) {
        if (s == null) {
            return 4;
        }
        return switch (s) {
            case CRITICAL -> 0;
            case AT_RISK -> 1;
            case INSUFFICIENT_DATA -> 2;
            case HEALTHY -> 3;
        };
    }
}
