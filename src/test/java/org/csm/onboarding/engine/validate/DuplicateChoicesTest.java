package org.csm.onboarding.engine.validate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The CSM decides repeated ids one by one (keep first, last or neither), the rest follow the choice for all.
class DuplicateChoicesTest {

    @Test
    void eachIdFollowsItsOwnChoiceAndTheOthersTheChoiceForAll() {
        // Rows: 2 A, 3 B, 4 a (same as A), 5 B, 6 C, 7 C.
        var rows = Map.of("A", List.of(2, 4), "B", List.of(3, 5), "C", List.of(6, 7));
        var choices = new DuplicateChoices(DuplicatePolicy.ERROR, Map.of("A", DuplicatePolicy.LAST, "B", DuplicatePolicy.NEITHER));
        assertTrue(choices.needsAllRows());
        var check = new DuplicateIdCheck("Customers", "customer_id", choices, rows);

        assertFalse(check.decide("A", "Alpha", 2).keep(), "A keeps its last row");
        assertFalse(check.decide("B", "Beta", 3).keep(), "B keeps neither");
        var lastA = check.decide("a", "Alpha 2", 4);
        assertTrue(lastA.keep() && lastA.issue().isEmpty());
        assertFalse(check.decide("B", "Beta 2", 5).keep());
        assertTrue(check.decide("C", "Gamma", 6).keep());
        var secondC = check.decide("C", "Gamma 2", 7);
        assertTrue(secondC.keep(), "C was not decided: the choice for all (an error) applies");
        assertEquals("duplicate_account_id", secondC.issue().orElseThrow().code().code());
    }

    @Test
    void withoutAChoiceThatNeedsThemTheRowsAreNotReadTwice() {
        assertFalse(new DuplicateChoices(DuplicatePolicy.FIRST, Map.of("X", DuplicatePolicy.ERROR)).needsAllRows());
        assertTrue(new DuplicateChoices(DuplicatePolicy.FIRST, Map.of("X", DuplicatePolicy.NEITHER)).needsAllRows());
    }
}
