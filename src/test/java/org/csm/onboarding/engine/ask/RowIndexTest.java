package org.csm.onboarding.engine.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class RowIndexTest {

    private static final String[] IDS = {"SRVL-3007", "srvl-3007", "ACME-12", "B-0012", null, "", "X-9"};

    @Test
    void aSharedKeyFindsTheFirstRowOrIsAmbiguous() {
        RowIndex first = new RowIndex(IDS.length, r -> IDS[r] == null ? null : IDS[r].toLowerCase(Locale.ROOT), false);
        assertEquals(0, first.find("srvl-3007"));
        assertEquals(2, first.find("acme-12"));
        assertEquals(-1, first.find("acme-1"));
        assertEquals(-1, first.find(""));

        RowIndex digits = new RowIndex(IDS.length, r -> IDS[r] == null ? null : IDS[r].replaceAll("[^0-9]", ""), true);
        assertEquals(RowIndex.AMBIGUOUS, digits.find("3007"));
        assertEquals(2, digits.find("12"));
        assertEquals(3, digits.find("0012"));
        assertEquals(6, digits.find("9"));
    }

    @Test
    void everyRowOfALargeTableIsFound() {
        int n = 50_000;
        RowIndex index = new RowIndex(n, r -> "ID-" + r, false);
        for (int r = 0; r < n; r++) {
            assertEquals(r, index.find("ID-" + r));
        }
        assertEquals(-1, index.find("ID-" + n));
    }
}
