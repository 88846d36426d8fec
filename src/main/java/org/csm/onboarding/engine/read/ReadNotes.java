package org.csm.onboarding.engine.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csm.onboarding.model.DataIssue;

/// What a reader noticed about the file as a whole while reading it (text repaired, rows of
/// uneven length, formulas without results). One note per kind and sheet: reading the same
/// sheet twice (header search, then the data) does not repeat a note.
final class ReadNotes {

    private final Map<String, DataIssue> issues = new LinkedHashMap<>();

    synchronized void add(DataIssue issue) {
        issues.put(issue.code() + "|" + issue.sheet(), issue);
    }

    synchronized List<DataIssue> issues() {
        return List.copyOf(new ArrayList<>(issues.values()));
    }
}
