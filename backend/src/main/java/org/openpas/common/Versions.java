package org.openpas.common;

/**
 * Optimistic concurrency over HTTP: the ETag of a resource is its row version, and every update
 * must send it back in {@code If-Match}.
 */
public final class Versions {
    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Fails with 428 when If-Match is missing and 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, Message.of("problem.ifMatchRequired"));
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag(currentVersion)) || tag.equals("W/" + etag(currentVersion))) {
                return;
            }
        }
        throw new ProblemException(412, Message.of("problem.changedSinceRead", "etag", etag(currentVersion)));
    }
}
