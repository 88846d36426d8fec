package org.csm.onboarding.model.table;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StringSetTest {

    @Test
    void numbersStringsInTheOrderFirstAddedAndFindsThemAgain() {
        var set = new StringSet();
        assertEquals(-1, set.addIfAbsent("SRVL-1"));
        assertEquals(-1, set.addIfAbsent("Zürich AG"));
        assertEquals(-1, set.addIfAbsent(""));
        assertEquals(0, set.addIfAbsent("SRVL-1"));
        assertEquals(1, set.addIfAbsent("Zürich AG"));
        assertEquals(2, set.indexOf(""));
        assertEquals(-1, set.indexOf("srvl-1"));
        assertEquals("Zürich AG", set.get(1));
        assertEquals(3, set.size());
    }

    @Test
    void keepsEveryOneOfManyStringsApartThroughGrowth() {
        var set = new StringSet();
        for (int i = 0; i < 50_000; i++) {
            assertEquals(-1, set.addIfAbsent("ID-" + i));
        }
        for (int i = 0; i < 50_000; i += 997) {
            assertEquals(i, set.addIfAbsent("ID-" + i));
            assertEquals("ID-" + i, set.get(i));
        }
        assertEquals(50_000, set.size());
    }
}
