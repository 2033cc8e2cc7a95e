package org.openpas.common;

import java.util.SortedSet;

/**
 * A request refused before any feature's access rules ran (a role check of {@code @RolesAllowed}):
 * who asked, for which operation, in which request. Read on the request's own thread, so that it can be
 * recorded on another.
 */
public record Refusal(String subject, SortedSet<String> roles, CurrentOperation operation, String requestId, int status) {

    public static Refusal of(CurrentUser caller, int status) {
        return new Refusal(caller.subject(), Roles.known(caller.roles()), CurrentOperation.current(), RequestIds.current(),
                status);
    }
}
