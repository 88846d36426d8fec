package org.csm.onboarding.engine.detect;

import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.SheetRow;
import org.csm.onboarding.engine.read.TableReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/// Finds the customer table by its header, not by sheet name or position: every sheet's first
/// rows are scored by how many cells name a known field (or a header of the user's mapping),
/// and the best row wins. Title rows above the header are passed over.
public final class HeaderLocator {

    /// Exports put a title block of a few rows above the table; 30 rows is generous.
    static final int ROWS_SCANNED = 30;
    /// Fewer recognised headers than this is not a customer table.
    static final int MIN_RECOGNISED = 2;

    private HeaderLocator() {
    }

    /// `recognised` counts the cells of a candidate row that name something we can map.
    public static Optional<SheetLayout> locate(TableReader reader, ToIntFunction<List<String>> recognised)
            throws IOException, FileRefusedException {
        SheetLayout best = null;
        int bestScore = MIN_RECOGNISED - 1;
        for (String sheet : reader.sheetNames()) {
            List<SheetRow> rows = new ArrayList<>();
            reader.read(sheet, row -> {
                rows.add(row);
                return rows.size() < ROWS_SCANNED;
            });
            for (SheetRow row : rows) {
                List<String> cells = texts(row);
                int score = recognised.applyAsInt(cells);
                if (score > bestScore) {
                    bestScore = score;
                    best = new SheetLayout(sheet, row.rowNumber(), trimTrailingBlanks(cells));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> texts(SheetRow row) {
        return row.cells().stream().map(c -> c.text().strip()).toList();
    }

    private static List<String> trimTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }
}
