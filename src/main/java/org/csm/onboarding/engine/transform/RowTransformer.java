package org.csm.onboarding.engine.transform;

import org.csm.onboarding.engine.detect.SheetLayout;
import org.csm.onboarding.engine.read.CellValues;
import org.csm.onboarding.engine.read.ParsedDate;
import org.csm.onboarding.engine.read.ParsedNumber;
import org.csm.onboarding.engine.read.RawCell;
import org.csm.onboarding.engine.read.SheetRow;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.ProfileMetadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Turns one data row into the seed's account (step 4A), profile metadata (4B) and KPI records
/// (step 5), collecting the row's problems instead of failing. A KPI without a valid value gets
/// no record: it is reported as a warning and left out of scoring, never stored as 0, and the
/// account is kept. Only a row without a usable id or name is in error.
public final class RowTransformer {

    /// Region is not in the serverless export; the seed fills it with this and warns once.
    public static final String UNKNOWN_REGION = "Unknown";
    /// The seed assumes every account in the file is active.
    public static final String DEFAULT_STATUS = "active";

    /// Measures that cannot be below zero (velocity change can).
    private static final Set<Field> NON_NEGATIVE = Set.of(Field.DAILY_INVOCATIONS, Field.INVOCATIONS_30D,
            Field.AVG_EXECUTION_TIME_SEC, Field.COLD_START_PCT, Field.P95_LATENCY_MS, Field.ERROR_RATE_PCT,
            Field.DAYS_SINCE_LAST_INVOCATION, Field.MONTHLY_SPEND, Field.CONTRACT_VALUE_ANNUAL, Field.HEALTH_SCORE);
    /// Shares of all invocations: above 100% is a data error.
    private static final Set<Field> PERCENT_OF_TOTAL = Set.of(Field.COLD_START_PCT, Field.ERROR_RATE_PCT);

    /// What the database keeps of a text field; longer text is a row error at preview rather
    /// than a failed import.
    static final int MAX_TEXT = 500;
    static final int MAX_NAME = 1000;
    /// A spreadsheet number keeps 15 significant digits; a longer numeric id has lost its tail.
    private static final int NUMBER_DIGITS = 15;
    /// A bad cell costs only that KPI for that account, never the account.
    private static final String LEFT_OUT = ": this KPI is left out of the account's score, the account is still imported.";
    /// What Excel shows for a broken formula ("#REF!", "#VALUE!", "#NAME?"): never an id.
    private static final java.util.regex.Pattern SPREADSHEET_ERROR = java.util.regex.Pattern.compile("#[A-Z0-9/]+[!?]");
    /// Level labels as other exports write them.
    private static final Map<String, String> LABEL_ALIASES = Map.of("med", "Medium", "mid", "Medium",
            "hoch", "High", "mittel", "Medium", "niedrig", "Low", "gering", "Low");

    private final String sheet;
    private final Map<Field, Integer> columns = new EnumMap<>(Field.class);
    /// Column of each custom KPI found in the sheet, by KPI key (a custom KPI names its own header).
    private final Map<String, Integer> customColumns = new java.util.HashMap<>();
    /// Each field's header as the file writes it (its key when unmapped), looked up once: every
    /// cell read names its header in case it has a problem.
    private final Map<Field, String> headers = new EnumMap<>(Field.class);
    private final KpiCatalog catalog;
    private final char decimalSeparator;

    public RowTransformer(SheetLayout layout, ColumnMapping mapping, KpiCatalog catalog, char decimalSeparator) {
        this.sheet = layout.sheet();
        for (Field field : Field.values()) {
            headers.put(field, mapping.header(field).orElse(field.key()));
        }
        this.catalog = catalog;
        this.decimalSeparator = decimalSeparator;
        mapping.headerByField().forEach((field, header) -> {
            int col = layout.columnOf(header);
            if (col >= 0) {
                columns.put(field, col);
            }
        });
        for (KpiDefinition kpi : catalog.customKpis()) {
            int col = layout.columnOf(kpi.column());
            if (col >= 0) {
                customColumns.put(kpi.key(), col);
            }
        }
    }

    public AccountRow transform(SheetRow row) {
        var ctx = new RowContext(row);
        String written = ctx.requiredText(Field.CUSTOMER_ID, IssueCode.MISSING_ACCOUNT_ID, "Customer ID is empty: every account needs one.");
        String id = written != null && SPREADSHEET_ERROR.matcher(written).matches() ? null : written;
        if (written != null && id == null) {
            ctx.issues.add(DataIssue.error(sheet, row.rowNumber(), ctx.header(Field.CUSTOMER_ID), IssueCode.MISSING_ACCOUNT_ID,
                    "Customer ID \"" + written + "\" is a spreadsheet error, not an id: fix the formula or type the id."));
        }
        String name = ctx.requiredText(Field.COMPANY_NAME, IssueCode.MISSING_ACCOUNT_NAME,
                "Company name is empty" + (id == null ? "." : " for " + id + "."));
        String shownId = id == null ? "row " + row.rowNumber() : id;

        List<KpiRecord> kpis = new ArrayList<>();
        Map<Field, Double> numbers = new EnumMap<>(Field.class);
        for (KpiDefinition kpi : catalog.kpis()) {
            ctx.kpi(kpi, shownId).ifPresent(k -> {
                kpis.add(new KpiRecord(id, name, kpi.key(), kpi.name(), kpi.category(), kpi.impact(), kpi.frequency(), k.value(), k.label()));
                if (kpi.field() != null) {
                    numbers.put(kpi.field(), k.value());
                }
            });
        }
        String industry = ctx.text(Field.INDUSTRY);
        String segment = ctx.text(Field.CUSTOMER_SEGMENT);
        Account account = new Account(id, name, numbers.get(Field.CONTRACT_VALUE_ANNUAL), industry,
                Optional.ofNullable(ctx.text(Field.REGION)).orElse(UNKNOWN_REGION),
                Optional.ofNullable(ctx.text(Field.ACCOUNT_STATUS)).orElse(DEFAULT_STATUS), segment, ctx.text(Field.CSM_ASSIGNED));
        ProfileMetadata profile = new ProfileMetadata(id, industry, ctx.text(Field.USE_CASE), ctx.text(Field.GPU_TYPE_PRIMARY),
                ctx.date(Field.SIGNUP_DATE), segment);
        List<RawCell> raw = row.cells();
        return new AccountRow(row.rowNumber(), account, profile, kpis, ctx.issues, new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return raw.get(index).text();
            }

            @Override
            public int size() {
                return raw.size();
            }
        });
    }

    private record KpiValue(double value, String label) {
    }

    /// Reads the cells of one row and remembers what went wrong, naming the file's own header.
    private final class RowContext {
        private final SheetRow row;
        private final List<DataIssue> issues = new ArrayList<>();
        /// Fields and custom KPI keys whose cell in this row was unusable (reported once).
        private final Set<Object> unusable = new java.util.HashSet<>();

        RowContext(SheetRow row) {
            this.row = row;
        }

        /// The field's cell; a cell the reader could not use is reported once and reads as empty.
        private Optional<RawCell> cell(Field field) {
            return cell(field, columns.get(field), header(field), identity(field));
        }

        /// The cell at `col` (none when the column is not in the file), read for `source`.
        private Optional<RawCell> cell(Object source, Integer col, String header, boolean identity) {
            if (col == null) {
                return Optional.empty();
            }
            RawCell cell = row.cell(col);
            if (cell.hasProblem()) {
                if (unusable.add(source)) {
                    issues.add(cellIssue(identity, header, IssueCode.UNUSABLE_CELL,
                            header + " in row " + row.rowNumber() + " " + cell.problem() + "; the value is left out."));
                }
                return Optional.of(RawCell.BLANK);
            }
            return Optional.of(cell);
        }

        private static boolean identity(Field field) {
            return field == Field.CUSTOMER_ID || field == Field.COMPANY_NAME;
        }

        /// The header a KPI is read from: its mapped column, or a custom KPI's own.
        private String header(KpiDefinition kpi) {
            return kpi.isCustom() ? kpi.column() : header(kpi.field());
        }

        private String header(Field field) {
            return headers.get(field);
        }

        String text(Field field) {
            String value = cell(field).flatMap(CellValues::text).orElse(null);
            int max = field == Field.COMPANY_NAME ? MAX_NAME : MAX_TEXT;
            if (value != null && value.length() > max) {
                issues.add(cellIssue(identity(field), header(field), IssueCode.TEXT_TOO_LONG, String.format(
                        "%s in row %d has %,d characters; at most %,d are kept, so the value is left out. Shorten it in the file.",
                        header(field), row.rowNumber(), value.length(), max)));
                unusable.add(field);
                return null;
            }
            return value;
        }

        String requiredText(Field field, IssueCode code, String message) {
            String value = text(field);
            // An unmapped required field is one file-level error (MappingCheck), not one per row;
            // an unusable or too long cell is already reported.
            if (value == null && columns.containsKey(field) && !unusable.contains(field)) {
                issues.add(DataIssue.error(sheet, row.rowNumber(), header(field), code, message));
            }
            if (value != null && field == Field.CUSTOMER_ID) {
                checkNumericId(value);
            }
            return value;
        }

        /// A cell that cannot be used costs the account only when it is the id or the name; any
        /// other field is left out with a warning, as a bad KPI value is.
        private DataIssue cellIssue(boolean identity, String header, IssueCode code, String message) {
            return identity
                    ? DataIssue.error(sheet, row.rowNumber(), header, code, message)
                    : DataIssue.warning(sheet, row.rowNumber(), header, code, message);
        }

        /// An id typed into a number cell keeps 15 digits; a longer one has been rounded by the spreadsheet.
        private void checkNumericId(String id) {
            boolean number = cell(Field.CUSTOMER_ID).map(c -> c.number() != null).orElse(false);
            if (number && id.chars().filter(Character::isDigit).count() > NUMBER_DIGITS) {
                issues.add(DataIssue.warning(sheet, row.rowNumber(), header(Field.CUSTOMER_ID), IssueCode.ID_PRECISION_LOST,
                        "Customer ID " + id + " is stored as a number, which keeps only 15 digits, so its last digits may"
                                + " not be the real id. Format the column as Text in Excel and type the ids again."));
            }
        }

        LocalDate date(Field field) {
            Optional<RawCell> cell = cell(field);
            if (cell.isEmpty()) {
                return null;
            }
            ParsedDate parsed = CellValues.parseDate(cell.get());
            if (parsed.isInvalid()) {
                issues.add(DataIssue.warning(sheet, row.rowNumber(), header(field), IssueCode.INVALID_DATE,
                        "\"" + parsed.invalidText() + "\" is not a date we can read (use 2024-03-15 or 03/15/2024); the date is left empty."));
            }
            return parsed.value();
        }

        Optional<KpiValue> kpi(KpiDefinition kpi, String shownId) {
            Object source = kpi.isCustom() ? kpi.key() : kpi.field();
            Optional<RawCell> cell = kpi.isCustom() ? cell(source, customColumns.get(kpi.key()), kpi.column(), false)
                    : cell(kpi.field());
            if (cell.isEmpty()) {
                return Optional.empty(); // column not in the file: reported once for the file, not per row
            }
            if (unusable.contains(source)) {
                return Optional.empty();
            }
            if (CellValues.isMissing(cell.get())) {
                issues.add(DataIssue.warning(sheet, row.rowNumber(), header(kpi), IssueCode.MISSING_KPI_VALUE,
                        kpi.name() + " is empty for " + shownId + ": it is left out of the health score."));
                return Optional.empty();
            }
            return kpi.isText() ? label(kpi, cell.get(), shownId) : number(kpi, cell.get(), shownId);
        }

        private Optional<KpiValue> label(KpiDefinition kpi, RawCell cell, String shownId) {
            String text = cell.text().strip();
            Optional<KpiDefinition.TextLabel> label = kpi.label(LABEL_ALIASES.getOrDefault(text.toLowerCase(Locale.ROOT), text));
            if (label.isEmpty()) {
                String allowed = String.join(", ", kpi.labelValues().keySet());
                issues.add(DataIssue.warning(sheet, row.rowNumber(), header(kpi), IssueCode.UNKNOWN_LABEL,
                        "\"" + text + "\" is not a " + kpi.name() + " label for " + shownId + " (expected one of " + allowed + ")"
                                + LEFT_OUT));
                return Optional.empty();
            }
            return Optional.of(new KpiValue(label.get().storedValue(), label.get().label()));
        }

        private Optional<KpiValue> number(KpiDefinition kpi, RawCell cell, String shownId) {
            ParsedNumber parsed = CellValues.parseNumber(cell, decimalSeparator);
            String header = header(kpi);
            if (!parsed.isValid()) {
                issues.add(DataIssue.warning(sheet, row.rowNumber(), header, IssueCode.INVALID_NUMBER,
                        "\"" + parsed.invalidText() + "\" in " + header + " is not a number (" + shownId + ")" + LEFT_OUT));
                return Optional.empty();
            }
            double v = parsed.value();
            if (v < 0 && kpi.field() != null && NON_NEGATIVE.contains(kpi.field())) {
                issues.add(DataIssue.warning(sheet, row.rowNumber(), header, IssueCode.NEGATIVE_VALUE,
                        kpi.name() + " cannot be negative, but " + shownId + " has " + cell.text().strip() + LEFT_OUT));
                return Optional.empty();
            }
            if (v > 100 && kpi.field() != null && PERCENT_OF_TOTAL.contains(kpi.field())) {
                issues.add(DataIssue.warning(sheet, row.rowNumber(), header, IssueCode.OUT_OF_RANGE,
                        kpi.name() + " is a percentage of invocations, so it cannot exceed 100; " + shownId + " has "
                                + cell.text().strip() + LEFT_OUT));
                return Optional.empty();
            }
            return Optional.of(new KpiValue(v, null));
        }
    }
}
