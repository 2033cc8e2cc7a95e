package org.openpas.common;

import java.util.UUID;

/** Path ids arrive as strings (the contract says uuid); a malformed one names no resource. */
public final class Ids {
    private Ids() {
    }

    public static UUID parse(String id, String resource) {
        try {
            if (id != null && id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // fall through: reported as not found below
        }
        throw ProblemException.notFound(resource, id);
    }
}
