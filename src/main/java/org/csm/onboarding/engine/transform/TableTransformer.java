package org.csm.onboarding.engine.transform;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.detect.SheetLayout;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.RowPrefetcher;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.template.StandardTemplate;
import org.csm.onboarding.engine.validate.BlankRows;
import org.csm.onboarding.engine.read.CellValues;
import org.csm.onboarding.engine.validate.DuplicateIdCheck;
import org.csm.onboarding.engine.validate.DuplicateChoices;
import org.csm.onboarding.engine.validate.DuplicatePolicy;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiCatalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/// Streams the data rows below the header through transformation and the row-level checks,
/// handing each finished row to `sink` so nothing but the duplicate-id index grows with the file.
public final class TableTransformer {

    /// How often progress is reported: often enough for a smooth bar, rare enough to cost nothing.
    private static final int PROGRESS_EVERY = 500;

    private TableTransformer() {
    }

    /// File-level findings of one pass: data rows seen, the blank-row warning, and the rows left
    /// out because the CSM chose another row with the same id (`skippedDuplicates`).
    public record Summary(int dataRows, int blankRows, List<DataIssue> issues, int skippedDuplicates) {
    }

    public static Summary run(TableReader reader, SheetLayout layout, ColumnMapping mapping, KpiCatalog catalog,
                              Progress progress, Consumer<AccountRow> sink) throws IOException, FileRefusedException {
        return run(reader, layout, mapping, catalog, DuplicatePolicy.ERROR, progress, sink);
    }

    /// Rows whose id repeats are handled by `duplicates`; LAST and NEITHER read the ids once
    /// first, because the row to keep may come after the one in hand.
    public static Summary run(TableReader reader, SheetLayout layout, ColumnMapping mapping, KpiCatalog catalog,
                              DuplicatePolicy policy, Progress progress, Consumer<AccountRow> sink)
            throws IOException, FileRefusedException {
        return run(reader, layout, mapping, catalog, new DuplicateChoices(policy, Map.of()), progress, sink);
    }

    /// The same with a choice per repeated id where the CSM made one.
    public static Summary run(TableReader reader, SheetLayout layout, ColumnMapping mapping, KpiCatalog catalog,
                              DuplicateChoices policy, Progress progress, Consumer<AccountRow> sink)
            throws IOException, FileRefusedException {
        var transformer = new RowTransformer(layout, mapping, catalog, reader.decimalSeparator());
        String idHeader = mapping.header(Field.CUSTOMER_ID).orElse(null);
        var duplicates = new DuplicateIdCheck(layout.sheet(), idHeader, policy,
                policy.needsAllRows() && idHeader != null ? repeatedIds(reader, layout, layout.columnOf(idHeader)) : Map.of());
        int[] skipped = {0};
        var blanks = new BlankRows();
        int[] dataRows = {0};
        List<DataIssue> fileIssues = new ArrayList<>();
        // The sheet is scanned on a second thread while this one transforms the rows before.
        RowPrefetcher.read(reader, layout.sheet(), row -> {
            if (row.rowNumber() <= layout.headerRow()) {
                return true;
            }
            if (row.isBlank()) {
                blanks.blank(row.rowNumber());
                return true;
            }
            progress.checkCancelled();
            blanks.data();
            AccountRow result = transformer.transform(row);
            if (StandardTemplate.EXAMPLE_ID.equalsIgnoreCase(result.account().externalAccountId())) {
                // The template's example row is instructions, not an account.
                fileIssues.add(DataIssue.warning(layout.sheet(), row.rowNumber(), mapping.header(Field.CUSTOMER_ID).orElse(null),
                        IssueCode.TEMPLATE_EXAMPLE_ROW, "Row " + row.rowNumber() + " is the template's example ("
                                + StandardTemplate.EXAMPLE_ID + ") and was skipped."));
                return true;
            }
            var verdict = duplicates.decide(result.account().externalAccountId(), result.account().accountName(), row.rowNumber());
            if (!verdict.keep()) {
                fileIssues.add(verdict.issue().orElseThrow());
                skipped[0]++;
                dataRows[0]++;
                return true;
            }
            if (verdict.issue().isPresent()) {
                List<DataIssue> issues = new ArrayList<>(result.issues());
                issues.add(verdict.issue().get());
                result = result.withIssues(issues);
            }
            sink.accept(result);
            if (++dataRows[0] % PROGRESS_EVERY == 0) {
                progress.update("Reading rows", dataRows[0], -1);
            }
            return true;
        });
        progress.update("Reading rows", dataRows[0], dataRows[0]);
        List<DataIssue> issues = new ArrayList<>(fileIssues);
        blanks.issue(layout.sheet()).ifPresent(issues::add);
        return new Summary(dataRows[0], blanks.count(), issues, skipped[0]);
    }

    /// Every id on more than one row, with its rows in file order (one pass over the id column).
    public static Map<String, List<Integer>> repeatedIds(TableReader reader, SheetLayout layout, int idColumn)
            throws IOException, FileRefusedException {
        var ids = new DuplicateIdCheck.Collector();
        RowPrefetcher.read(reader, layout.sheet(), row -> {
            if (row.rowNumber() > layout.headerRow() && !row.isBlank()) {
                ids.add(CellValues.text(row.cell(idColumn)).orElse(null), row.rowNumber());
            }
            return true;
        });
        return ids.repeated();
    }
}
