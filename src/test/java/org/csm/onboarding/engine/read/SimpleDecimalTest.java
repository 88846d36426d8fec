package org.csm.onboarding.engine.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/// The fast path must give exactly the double the JDK's parser gives, or step aside (NaN).
class SimpleDecimalTest {

    @Test
    void agreesWithTheJdkOnRandomDecimalsOrStepsAside() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
            int before = random.nextInt(12);
            for (int d = 0; d < before; d++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                s.append('.');
                int after = random.nextInt(12);
                for (int d = 0; d < after; d++) {
                    s.append((char) ('0' + random.nextInt(10)));
                }
            }
            check(s.toString());
        }
        for (String odd : new String[] {"", "-", ".", "-.", "0", "-0", "5.", ".5", "0.000", "1e5", "12,5", " 1", "NaN",
            "123456789012345", "1234567890123456", "0.1234567890123456", "999999999999999.9", "+1"}) {
            check(odd);
        }
    }

    private static void check(String s) {
        double fast = SimpleDecimal.parse(s);
        if (Double.isNaN(fast)) {
            return;
        }
        double jdk = Double.parseDouble(s);
        assertEquals(Double.doubleToLongBits(jdk), Double.doubleToLongBits(fast), s);
        assertTrue(!s.isEmpty());
    }
}
