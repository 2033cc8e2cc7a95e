package org.openpas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhnTest {

    @Test
    void theDomainExamples() {
        assertTrue(Phn.isValid("9698658215"));
        assertFalse(Phn.isValid("9698648215"));
    }

    @Test
    void shapeIsTenDigitsStartingWithNine() {
        assertFalse(Phn.isValid(null));
        assertFalse(Phn.isValid(""));
        assertFalse(Phn.isValid("969865821"));
        assertFalse(Phn.isValid("96986582150"));
        assertFalse(Phn.isValid("8698658215"));
        assertFalse(Phn.isValid("96986582a5"));
        assertFalse(Phn.isValid(" 698658215"));
    }

    @Test
    void everyOtherCheckDigitIsWrong() {
        for (int d = 0; d <= 9; d++) {
            assertEquals(d == 5, Phn.isValid("969865821" + d));
        }
    }

    @Test
    void aBodyWhoseCheckWouldBeTenIsNeverIssued() {
        int neverIssued = 0;
        for (int n = 0; n < 2000; n++) {
            String body = "%08d".formatted(n * 4999);
            String phn = Phn.withCheckDigit(body);
            if (phn == null) {
                neverIssued++;
                for (int d = 0; d <= 9; d++) {
                    assertFalse(Phn.isValid("9" + body + d), body);
                }
            } else {
                assertTrue(Phn.isValid(phn), phn);
            }
        }
        assertTrue(neverIssued > 0);
        assertNull(Phn.withCheckDigit(firstBodyWithoutCheckDigit()));
    }

    private static String firstBodyWithoutCheckDigit() {
        for (int n = 0; ; n++) {
            String body = "%08d".formatted(n);
            if (Phn.withCheckDigit(body) == null) {
                return body;
            }
        }
    }
}
