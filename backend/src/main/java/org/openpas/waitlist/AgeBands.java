package org.openpas.waitlist;

import java.time.LocalDate;

/** The contract's age bands as ranges of birth dates: (born after, born on or before). */
final class AgeBands {
    private AgeBands() {
    }

    static LocalDate[] birthRange(String band, LocalDate today) {
        if (band == null) {
            return new LocalDate[] {null, null};
        }
        return switch (band) {
            case "AGE_0_17" -> new LocalDate[] {today.minusYears(18), null};
            case "AGE_18_39" -> new LocalDate[] {today.minusYears(40), today.minusYears(18)};
            case "AGE_40_64" -> new LocalDate[] {today.minusYears(65), today.minusYears(40)};
            case "AGE_65_74" -> new LocalDate[] {today.minusYears(75), today.minusYears(65)};
            case "AGE_75_PLUS" -> new LocalDate[] {null, today.minusYears(75)};
            default -> throw new IllegalArgumentException(band);
        };
    }
}
