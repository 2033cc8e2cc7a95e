package org.openpas.common;

/**
 * The contract is complete for the whole system; operations whose issue has not been built yet
 * answer 501 problem+json saying which issue brings them.
 */
public final class NotYetImplemented {
    private NotYetImplemented() {
    }

    public static ProblemException inIssue(int issue, String what) {
        return new ProblemException(501, what + " is part of the contract but not built yet (issue #" + issue + ").");
    }
}
