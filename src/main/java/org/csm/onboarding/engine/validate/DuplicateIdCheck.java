package org.csm.onboarding.engine.validate;

import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.IssueCode;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// customer_id must be unique in the file. Ids are compared trimmed and case-insensitively
/// ("srvl-3001" and "SRVL-3001" are the same customer); the later row is the one in error and
/// the message names both rows.
public final class DuplicateIdCheck {

    private final String sheet;
    private final String header;
    private final Map<String, Integer> firstRowById = new HashMap<>();

    public DuplicateIdCheck(String sheet, String header) {
        this.sheet = sheet;
        this.header = header;
    }

    public Optional<DataIssue> check(String id, int row) {
        if (id == null) {
            return Optional.empty();
        }
        Integer first = firstRowById.putIfAbsent(id.strip().toUpperCase(Locale.ROOT), row);
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(DataIssue.error(sheet, row, header, IssueCode.DUPLICATE_ACCOUNT_ID,
                "Customer ID " + id + " appears on rows " + first + " and " + row + "; each account needs its own ID."));
    }
}
