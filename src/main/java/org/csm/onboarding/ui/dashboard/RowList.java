package org.csm.onboarding.ui.dashboard;

import java.util.List;
import java.util.function.IntBinaryOperator;

import javafx.collections.ObservableListBase;

import org.csm.onboarding.service.AccountOverview.AccountSummary;
import org.csm.onboarding.service.AccountRows;

/// A read-only list of account rows in a given order, each summary made when a cell reads it:
/// what lets a TableView show a million accounts without a million row objects. It never
/// changes: a filter or a sort makes a new list (a few int arrays) rather than telling the
/// table of a million removed or moved rows, which JavaFX copies one summary at a time.
final class RowList extends ObservableListBase<AccountSummary> {

    private final AccountRows source;
    private final int[] rows;

    RowList(AccountRows source, int[] rows) {
        this.source = source;
        this.rows = rows;
    }

    RowList() {
        this(AccountRows.empty(), new int[0]);
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

    /// Found through the id index, not by making every row's summary to compare (the table's
    /// focus model looks its item up on every new list).
    @Override
    public int indexOf(Object o) {
        if (!(o instanceof AccountSummary a)) {
            return -1;
        }
        int row = source.indexOf(a.externalId());
        int index = row < 0 ? -1 : indexOfRow(row);
        return index >= 0 && get(index).equals(a) ? index : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o); // ids are unique: at most one place
    }

    /// Identity: a property holding the list compares old and new value with equals, which for a
    /// list would make and compare a million summaries.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /// A copy of the rows in list order, as summaries made when read (for work off the FX thread).
    List<AccountSummary> snapshot() {
        return source.list(rows.clone());
    }

    /// The same rows ordered by `order` (stable), as a new list: a permutation event over a
    /// million rows made JavaFX's selection model build a million-entry map, which ran out of
    /// 512 MB.
    RowList sorted(IntBinaryOperator order, org.csm.onboarding.engine.Progress progress) {
        int[] sorted = rows.clone();
        RowSort.sort(sorted, order, progress);
        return new RowList(source, sorted);
    }
}
