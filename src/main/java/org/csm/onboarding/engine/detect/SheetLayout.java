package org.csm.onboarding.engine.detect;

import java.util.List;

/// Where the customer table sits: its sheet, the header row (as Excel numbers it) and the
/// headers exactly as written (blank headers kept as "" so column positions hold).
public record SheetLayout(String sheet, int headerRow, List<String> headers) {

    public SheetLayout {
        headers = List.copyOf(headers);
    }

    public int columnOf(String header) {
        return headers.indexOf(header);
    }
}
