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
    /// All-digit ids without their leading zeros: "00123" and "123" meet here.
    private final Map<String, String> digitsWithoutZeros = new HashMap<>();

    public DuplicateIdCheck(String sheet, String header) {
        this.sheet = sheet;
        this.header = header;
    }

    public Optional<DataIssue> check(String id, int row) {
        if (id == null) {
            return Optional.empty();
        }
        String key = id.strip().toUpperCase(Locale.ROOT);
        Integer first = firstRowById.putIfAbsent(key, row);
        if (first == null) {
            return leadingZeros(key, id, row);
        }
        return Optional.of(DataIssue.error(sheet, row, header, IssueCode.DUPLICATE_ACCOUNT_ID,
                "Customer ID " + id + " appears on rows " + first + " and " + row + "; each account needs its own ID."));
    }

    /// Ids stay text exactly as written, so "00123" and "123" are two accounts; that is worth a
    /// word, because a spreadsheet that once held the ids as numbers drops the zeros.
    private Optional<DataIssue> leadingZeros(String key, String id, int row) {
        if (key.isEmpty() || !key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        String other = digitsWithoutZeros.putIfAbsent(key.replaceFirst("^0+(?=.)", ""), id.strip());
        if (other == null) {
            return Optional.empty();
        }
        return Optional.of(DataIssue.warning(sheet, row, header, IssueCode.AMBIGUOUS_ID, "Customer IDs " + other + " and "
                + id.strip() + " differ only by leading zeros: they are imported as two accounts. If they are the same"
                + " customer, write the ID the same way in both rows."));
    }
}
