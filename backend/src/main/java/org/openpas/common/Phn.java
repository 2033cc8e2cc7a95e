package org.openpas.common;

/**
 * The BC Personal Health Number: 10 digits, the first a 9, the last a check digit over digits 2–9
 * (weights 2, 4, 8, 5, 10, 9, 7, 3; s = Σ(dᵢ·wᵢ mod 11); check = (11 − s mod 11) mod 11). A number
 * whose check would be 10 is never issued. A valid PHN does not prove MSP coverage.
 */
public final class Phn {

    private static final int[] WEIGHTS = {2, 4, 8, 5, 10, 9, 7, 3};

    private Phn() {
    }

    public static boolean isValid(String phn) {
        if (phn == null || phn.length() != 10 || phn.charAt(0) != '9') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = phn.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i >= 1 && i <= 8) {
                sum += (c - '0') * WEIGHTS[i - 1] % 11;
            }
        }
        int check = (11 - sum % 11) % 11;
        return check != 10 && check == phn.charAt(9) - '0';
    }

    /** A valid PHN whose digits 2–9 are {@code body} (8 digits), or null when that body has no valid check digit. */
    public static String withCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i] % 11;
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? null : "9" + body + check;
    }
}
