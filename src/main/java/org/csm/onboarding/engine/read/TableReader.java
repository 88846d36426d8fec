package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.util.List;
import org.csm.onboarding.model.DataIssue;

/// Streams the rows of a spreadsheet-like file, one sheet at a time, without holding the file
/// in memory. A CSV file has one sheet named after the file.
public interface TableReader extends AutoCloseable {

    /// The file's name as the user knows it (no directories).
    String fileName();

    /// "xlsx" or "csv".
    String fileType();

    /// Sheet names in the workbook's order.
    List<String> sheetNames();

    /// True for a sheet the workbook hides (Excel's "hidden" and "very hidden"): usually an old
    /// copy or a lookup table, so the customer table is looked for in visible sheets first.
    default boolean isHidden(String sheet) {
        return false;
    }

    /// File-level warnings the reads so far have found (text repaired, ragged rows, formulas
    /// without results...), each once; empty for a clean file.
    default List<DataIssue> notes() {
        return List.of();
    }

    /// Streams every row of a sheet in order, blank rows included (so callers can report them).
    /// Throws FileRefusedException when the content turns out to be unreadable mid-way.
    void read(String sheet, RowVisitor visitor) throws IOException, FileRefusedException;

    /// The decimal separator numbers written as text use in this file: ',' for a ';' CSV with
    /// decimal commas, '.' otherwise.
    char decimalSeparator();

    @Override
    void close() throws IOException;
}
