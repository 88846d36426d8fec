package org.csm.onboarding.engine.transform;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.detect.SheetLayout;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.template.StandardTemplate;
import org.csm.onboarding.engine.validate.BlankRows;
import org.csm.onboarding.engine.validate.DuplicateIdCheck;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiCatalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/// Streams the data rows below the header through transformation and the row-level checks,
/// handing each finished row to `sink` so nothing but the duplicate-id index grows with the file.
public final class TableTransformer {

    /// How often progress is reported: often enough for a smooth bar, rare enough to cost nothing.
    private static final int PROGRESS_EVERY = 500;

    private TableTransformer() {
    }

    /// File-level findings of one pass: data rows seen and the blank-row warning.
    public record Summary(int dataRows, int blankRows, List<DataIssue> issues) {
    }

    public static Summary run(TableReader reader, SheetLayout layout, ColumnMapping mapping, KpiCatalog catalog,
                              Progress progress, Consumer<AccountRow> sink) throws IOException, FileRefusedException {
        var transformer = new RowTransformer(layout, mapping, catalog, reader.decimalSeparator());
        var duplicates = new DuplicateIdCheck(layout.sheet(), mapping.header(Field.CUSTOMER_ID).orElse(null));
        var blanks = new BlankRows();
        int[] dataRows = {0};
        List<DataIssue> fileIssues = new ArrayList<>();
        reader.read(layout.sheet(), row -> {
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
            var dup = duplicates.check(result.account().externalAccountId(), row.rowNumber());
            if (dup.isPresent()) {
                List<DataIssue> issues = new ArrayList<>(result.issues());
                issues.add(dup.get());
                result = new AccountRow(result.sourceRow(), result.account(), result.profile(), result.kpis(), issues);
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
        return new Summary(dataRows[0], blanks.count(), issues);
    }
}
