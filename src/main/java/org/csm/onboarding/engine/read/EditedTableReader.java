package org.csm.onboarding.engine.read;

import org.csm.onboarding.model.DataIssue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// A reader that serves the CSM's fixes in place of the file's cells: every pass over the sheet
/// (preview, import, rejected rows) sees the edited value as if it had been typed into the file,
/// and is parsed and checked like any other cell. The file itself is never written.
public final class EditedTableReader implements TableReader {

    private final TableReader file;
    private final String sheet;
    /// Row number -> (0-based column -> text typed).
    private final Map<Integer, Map<Integer, String>> edits = new HashMap<>();

    public EditedTableReader(TableReader file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    public EditedTableReader edit(int row, int column, String text) {
        edits.computeIfAbsent(row, r -> new HashMap<>()).put(column, text);
        return this;
    }

    @Override
    public void read(String sheetName, RowVisitor visitor) throws IOException, FileRefusedException {
        if (edits.isEmpty() || !sheetName.equals(sheet)) {
            file.read(sheetName, visitor);
            return;
        }
        file.read(sheetName, row -> {
            Map<Integer, String> fixes = edits.get(row.rowNumber());
            if (fixes == null) {
                return visitor.visit(row);
            }
            int width = Math.max(row.cells().size(), fixes.keySet().stream().mapToInt(c -> c + 1).max().orElse(0));
            List<RawCell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                String fixed = fixes.get(c);
                cells.add(fixed == null ? row.cell(c) : fixed.isBlank() ? RawCell.BLANK : RawCell.text(fixed));
            }
            return visitor.visit(new SheetRow(row.rowNumber(), cells));
        });
    }

    @Override
    public String fileName() {
        return file.fileName();
    }

    @Override
    public String fileType() {
        return file.fileType();
    }

    @Override
    public List<String> sheetNames() {
        return file.sheetNames();
    }

    @Override
    public boolean isHidden(String sheetName) {
        return file.isHidden(sheetName);
    }

    @Override
    public List<DataIssue> notes() {
        return file.notes();
    }

    @Override
    public char decimalSeparator() {
        return file.decimalSeparator();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
