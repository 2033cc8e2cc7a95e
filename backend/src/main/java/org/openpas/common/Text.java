package org.openpas.common;

import java.util.List;

/** Free text from requests as it is stored: trimmed, and a required text that is only spaces is a 400. */
public final class Text {

    private Text() {
    }

    /**
     * {@code value} trimmed. The contract's patterns allow spaces, but a required name or address line of
     * spaces alone would be stored (and answered) empty, which the contract does not allow.
     */
    public static String required(String value, String field) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            throw ProblemException.badRequest(Message.of("problem.blankField", "field", field),
                    List.of(ProblemException.Invalid.of(field, "field.blank")));
        }
        return trimmed;
    }
}
