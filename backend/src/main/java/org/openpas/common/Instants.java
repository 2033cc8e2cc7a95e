package org.openpas.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.openpas.common.ProblemException.FieldError;

/** Query parameters holding an RFC 3339 instant, e.g. {@code 2026-11-22T08:00:00Z}. */
public final class Instants {
    private Instants() {
    }

    public static Instant parse(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("The parameter '" + parameter + "' is not a valid date-time.",
                    List.of(new FieldError(parameter, "must be an RFC 3339 date-time, e.g. 2026-11-22T08:00:00Z")));
        }
    }
}
