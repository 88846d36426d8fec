package org.csm.onboarding.service;

import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.read.TableReader;
import org.csm.onboarding.engine.transform.TableTransformer;
import org.csm.onboarding.model.Field;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The rows that share a customer id, cell by cell as written, so the CSM can compare them side
/// by side before choosing which to keep. Two passes over the file (ids, then those rows' cells).
public record DuplicateRows(String id, List<Integer> rows, List<List<String>> cells) {

    public DuplicateRows {
        rows = List.copyOf(rows);
        cells = List.copyOf(cells);
    }

    /// The first `maxIds` repeated ids in file order (keys as the duplicate check compares them).
    public static List<DuplicateRows> find(FileAnalysis analysis, int maxIds) throws IOException, FileRefusedException {
        String idHeader = analysis.mapping().header(Field.CUSTOMER_ID).orElse(null);
        if (idHeader == null) {
            return List.of();
        }
        var layout = analysis.layout();
        Map<String, List<Integer>> repeated;
        try (TableReader reader = analysis.open()) {
            repeated = TableTransformer.repeatedIds(reader, layout, layout.columnOf(idHeader));
        }
        Map<String, List<Integer>> shown = new LinkedHashMap<>();
        repeated.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.getFirst(), b.getFirst())))
                .limit(maxIds).forEach(e -> shown.put(e.getKey(), e.getValue()));
        Map<Integer, List<String>> cellsByRow = new HashMap<>();
        shown.values().forEach(rows -> rows.forEach(r -> cellsByRow.put(r, null)));
        try (TableReader reader = analysis.open()) {
            reader.read(layout.sheet(), row -> {
                if (cellsByRow.containsKey(row.rowNumber())) {
                    List<String> cells = new ArrayList<>();
                    row.cells().forEach(c -> cells.add(c.text()));
                    cellsByRow.put(row.rowNumber(), cells);
                }
                return true;
            });
        }
        List<DuplicateRows> groups = new ArrayList<>();
        shown.forEach((id, rows) -> groups.add(new DuplicateRows(id, rows,
                rows.stream().map(r -> cellsByRow.getOrDefault(r, List.of())).toList())));
        return groups;
    }
}
