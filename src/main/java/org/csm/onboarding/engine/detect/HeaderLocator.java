package org.csm.onboarding.engine.detect;

import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.SheetRow;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/// Finds the customer table by its header, not by sheet name or position: every sheet's first
/// rows are scored by how many cells name a known field (or a header of the user's mapping),
/// and the best row wins. Title rows above the header are passed over.
///
/// Visible sheets come first: a hidden sheet (often last year's copy, or a lookup table) is
/// used only when no visible sheet holds a table, and either way the layout's notes say so.
public final class HeaderLocator {

    /// Exports put a title block of a few rows above the table; 30 rows is generous.
    static final int ROWS_SCANNED = 30;
    /// Fewer recognised headers than this is not a customer table.
    static final int MIN_RECOGNISED = 2;

    private HeaderLocator() {
    }

    /// The best header row of one sheet, with the rows read below it to check its columns.
    private record Candidate(String sheet, boolean hidden, SheetRow header, int score, List<SheetRow> rows) {
    }

    /// `recognised` counts the cells of a candidate row that name something we can map.
    public static Optional<SheetLayout> locate(TableReader reader, ToIntFunction<List<String>> recognised)
            throws IOException, FileRefusedException {
        Candidate visible = null;
        List<Candidate> hidden = new ArrayList<>();
        for (String sheet : reader.sheetNames()) {
            Candidate best = bestRow(reader, sheet, recognised);
            if (best == null) {
                continue;
            }
            if (best.hidden()) {
                hidden.add(best);
            } else if (visible == null || best.score() > visible.score()) {
                visible = best;
            }
        }
        Candidate chosen = visible;
        List<DataIssue> notes = new ArrayList<>();
        if (chosen == null && !hidden.isEmpty()) {
            chosen = hidden.stream().max(java.util.Comparator.comparingInt(Candidate::score)).orElseThrow();
            notes.add(DataIssue.warning(chosen.sheet(), null, null, IssueCode.HIDDEN_SHEET, "The accounts come from the"
                    + " hidden sheet '" + chosen.sheet() + "', because no visible sheet holds a customer table."));
        } else if (chosen != null && !hidden.isEmpty()) {
            String names = String.join("', '", hidden.stream().map(Candidate::sheet).toList());
            notes.add(DataIssue.warning(chosen.sheet(), null, null, IssueCode.HIDDEN_SHEET, "The hidden sheet '" + names
                    + "' also holds a customer table and was not read: the accounts come from the visible sheet '"
                    + chosen.sheet() + "'. Unhide the other sheet in Excel and move it first if it is the one you meant."));
        }
        if (chosen == null) {
            return Optional.empty();
        }
        List<String> headers = trimTrailingBlanks(texts(chosen.header()));
        notes.addAll(HeaderChecks.check(chosen.sheet(), chosen.header().rowNumber(), headers, chosen.rows()));
        return Optional.of(new SheetLayout(chosen.sheet(), chosen.header().rowNumber(), headers, notes));
    }

    private static Candidate bestRow(TableReader reader, String sheet, ToIntFunction<List<String>> recognised)
            throws IOException, FileRefusedException {
        List<SheetRow> rows = new ArrayList<>();
        reader.read(sheet, row -> {
            rows.add(row);
            return rows.size() < ROWS_SCANNED;
        });
        Candidate best = null;
        int bestScore = MIN_RECOGNISED - 1;
        for (SheetRow row : rows) {
            int score = recognised.applyAsInt(texts(row));
            if (score > bestScore) {
                bestScore = score;
                best = new Candidate(sheet, reader.isHidden(sheet), row, score, rows);
            }
        }
        return best;
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
