package org.csm.onboarding.engine.validate;

import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.table.StringColumn;
import org.csm.onboarding.model.table.StringSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// customer_id must be unique in the file. Ids are compared trimmed and case-insensitively
/// ("srvl-3001" and "SRVL-3001" are the same customer). What happens to a repeated id follows
/// the [DuplicatePolicy]: by default the later row is in error and the message names both rows;
/// otherwise the rows not kept are skipped with a warning that says which row was kept and why.
public final class DuplicateIdCheck {

    /// The decision for one row: keep it (perhaps with an error attached) or skip it.
    public record Verdict(boolean keep, Optional<DataIssue> issue) {
        static final Verdict KEEP = new Verdict(true, Optional.empty());
    }

    private final String sheet;
    private final String header;
    private final DuplicateChoices choices;
    /// Every id seen, by key, with the row and company name it was first seen with: packed, not
    /// a map of Strings, because a million-account file keeps all of them until the end.
    private final StringSet seen = new StringSet();
    private int[] firstRows = new int[64];
    private final StringColumn.Builder firstNames = new StringColumn.Builder();

    /// The first row an id was seen on, and the company it named there.
    private record Seen(int row, String name) {
        String describe() {
            return "row " + row + (name == null ? "" : " (" + name + ")");
        }
    }
    /// All-digit ids without their leading zeros: "00123" and "123" meet here; numbered as in
    /// [#zerolessIds], which holds the id as first written.
    private final StringSet digitsWithoutZeros = new StringSet();
    private final StringColumn.Builder zerolessIds = new StringColumn.Builder();
    /// For LAST and NEITHER: every row of each id seen more than once, from a first pass.
    private final Map<String, List<Integer>> repeated;

    public DuplicateIdCheck(String sheet, String header) {
        this(sheet, header, DuplicatePolicy.ERROR, Map.of());
    }

    public DuplicateIdCheck(String sheet, String header, DuplicatePolicy policy, Map<String, List<Integer>> rowsById) {
        this(sheet, header, new DuplicateChoices(policy, Map.of()), rowsById);
    }

    /// `choices` may name a policy per id (the CSM decided id by id) besides the one for all.
    public DuplicateIdCheck(String sheet, String header, DuplicateChoices choices, Map<String, List<Integer>> rowsById) {
        this.sheet = sheet;
        this.header = header;
        this.choices = choices;
        this.repeated = rowsById;
    }

    /// The key ids are compared by.
    public static String key(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }

    /// Collects, from the ids of every row in file order, the ids seen on more than one row.
    public static final class Collector {
        private final StringSet ids = new StringSet();
        private int[] firstRows = new int[64];
        /// Rows of the ids seen more than once, by id number: a few, where every id has a first row.
        private final Map<Integer, List<Integer>> repeats = new HashMap<>();

        public void add(String id, int row) {
            if (id == null || id.isBlank()) {
                return;
            }
            int known = ids.addIfAbsent(key(id));
            if (known >= 0) {
                repeats.computeIfAbsent(known, k -> new ArrayList<>(List.of(firstRows[k]))).add(row);
            } else {
                firstRows = remember(firstRows, ids.size() - 1, row);
            }
        }

        public Map<String, List<Integer>> repeated() {
            Map<String, List<Integer>> byKey = new HashMap<>();
            repeats.forEach((number, rows) -> byKey.put(ids.get(number), rows));
            return byKey;
        }
    }

    private static int[] remember(int[] rows, int number, int row) {
        int[] target = number < rows.length ? rows : java.util.Arrays.copyOf(rows, rows.length * 2);
        target[number] = row;
        return target;
    }

    public Optional<DataIssue> check(String id, int row) {
        return decide(id, null, row).issue();
    }

    /// `name` is the company the row names, quoted beside the other row's so the two can be compared.
    public Verdict decide(String id, String name, int row) {
        if (id == null) {
            return Verdict.KEEP;
        }
        String key = key(id);
        int known = seen.addIfAbsent(key);
        Seen first = known >= 0 ? new Seen(firstRows[known], firstNames.get(known)) : null;
        if (first == null) {
            firstRows = remember(firstRows, seen.size() - 1, row);
            firstNames.add(name);
        }
        Verdict verdict = switch (choices.policyFor(key)) {
            case ERROR -> first == null ? Verdict.KEEP : new Verdict(true, Optional.of(DataIssue.error(sheet, row, header,
                    IssueCode.DUPLICATE_ACCOUNT_ID, "Customer ID " + id + " appears on rows " + first.row() + " and " + row
                            + ": " + first.describe() + " and " + new Seen(row, name).describe()
                            + ". Each account needs its own ID: choose which row to keep (first, last or neither).")));
            case FIRST -> first == null ? Verdict.KEEP
                    : skip(row, "Row " + row + " skipped: Customer ID " + id + " is also on " + first.describe()
                    + ", and the first row is kept.");
            case LAST -> {
                List<Integer> rows = repeated.getOrDefault(key, List.of());
                yield rows.isEmpty() || rows.getLast() == row ? Verdict.KEEP
                        : skip(row, "Row " + row + " skipped: Customer ID " + id + " is also on row " + rows.getLast()
                        + ", and the last row is kept.");
            }
            case NEITHER -> repeated.containsKey(key) ? skip(row, "Row " + row + " skipped: Customer ID " + id
                    + " is on rows " + join(repeated.get(key)) + ", and none of them is kept.") : Verdict.KEEP;
        };
        if (first == null && verdict == Verdict.KEEP) {
            Optional<DataIssue> ambiguous = leadingZeros(key, id, row);
            if (ambiguous.isPresent()) {
                return new Verdict(true, ambiguous);
            }
        }
        return verdict;
    }

    private Verdict skip(int row, String message) {
        return new Verdict(false, Optional.of(DataIssue.warning(sheet, row, header, IssueCode.DUPLICATE_ROW_SKIPPED, message)));
    }

    private static String join(List<Integer> rows) {
        return String.join(", ", rows.stream().map(String::valueOf).toList());
    }

    /// Ids stay text exactly as written, so "00123" and "123" are two accounts; that is worth a
    /// word, because a spreadsheet that once held the ids as numbers drops the zeros.
    private Optional<DataIssue> leadingZeros(String key, String id, int row) {
        if (key.isEmpty() || !allDigits(key)) {
            return Optional.empty();
        }
        int known = digitsWithoutZeros.addIfAbsent(withoutLeadingZeros(key));
        if (known < 0) {
            zerolessIds.add(id.strip());
            return Optional.empty();
        }
        String other = zerolessIds.get(known);
        return Optional.of(DataIssue.warning(sheet, row, header, IssueCode.AMBIGUOUS_ID, "Customer IDs " + other + " and "
                + id.strip() + " differ only by leading zeros: they are imported as two accounts. If they are the same"
                + " customer, write the ID the same way in both rows."));
    }

    private static boolean allDigits(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /// "00123" -> "123", "000" -> "0".
    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
