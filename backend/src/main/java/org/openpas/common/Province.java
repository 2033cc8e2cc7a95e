package org.openpas.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** BC's calendar: dates (birth dates, "since" dates, "today") and months ("spaces this month") are the province's. */
public final class Province {

    public static final ZoneId ZONE = ZoneId.of("America/Vancouver");

    private Province() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The first instant of the province's current calendar month. */
    public static Instant monthStart() {
        return today().withDayOfMonth(1).atStartOfDay(ZONE).toInstant();
    }
}
