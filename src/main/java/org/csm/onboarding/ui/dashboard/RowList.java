package org.csm.onboarding.ui.dashboard;

import java.util.List;
import java.util.function.IntBinaryOperator;

import javafx.collections.ObservableListBase;

import org.csm.onboarding.service.AccountOverview.AccountSummary;
import org.csm.onboarding.service.AccountRows;

/// A read-only list of account rows in a given order, each summary made when a cell reads it:
/// what lets a TableView show a million accounts without a million row objects. Filtering and
/// sorting replace the row numbers (a few int arrays), never the summaries. A filter makes a
/// new list rather than telling this one's listeners of a million removed rows, which JavaFX
/// would copy one summary at a time.
final class RowList extends ObservableListBase<AccountSummary> {

    private final AccountRows source;
    private int[] rows;
    /// The order the rows were last sorted by (null: as given).
    private IntBinaryOperator sortedBy;

    RowList(AccountRows source, int[] rows, IntBinaryOperator sortedBy) {
        this.source = source;
        this.rows = rows;
        this.sortedBy = sortedBy;
    }

    RowList() {
        this(AccountRows.empty(), new int[0], null);
    }

    @Override
    public AccountSummary get(int index) {
        return source.list(rows).get(index);
    }

    @Override
    public int size() {
        return rows.length;
    }

    /// The position of row `row`, or -1 when it is not in the list.
    int indexOfRow(int row) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == row) {
                return i;
            }
        }
        return -1;
    }

    /// A copy of the rows in list order, as summaries made when read (for work off the FX thread).
    List<AccountSummary> snapshot() {
        return source.list(rows.clone());
    }

    /// Reorders the rows by `order` (stable), told as a permutation so the selection follows.
    void sort(IntBinaryOperator order) {
        if (order == sortedBy) {
            return;
        }
        sortedBy = order;
        int[] sorted = rows.clone();
        RowSort.sort(sorted, order);
        int[] permutation = new int[rows.length];
        int[] positionOfRow = new int[source.size()];
        for (int i = 0; i < sorted.length; i++) {
            positionOfRow[sorted[i]] = i;
        }
        for (int i = 0; i < rows.length; i++) {
            permutation[i] = positionOfRow[rows[i]];
        }
        rows = sorted;
        beginChange();
        nextPermutation(0, permutation.length, permutation);
        endChange();
    }
}
