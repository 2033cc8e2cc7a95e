package org.openpas.common;

import java.util.List;

/**
 * A failure the client can act on. The one exception mapper turns it into an RFC 9457
 * {@code application/problem+json} response with this status and detail.
 */
public class ProblemException extends RuntimeException {

    /** One invalid input: the field (a JSON path, or a parameter name) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final List<FieldError> errors;
    private final String conflictingResource;

    public ProblemException(int status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemException(int status, String detail, List<FieldError> errors) {
        this(status, detail, errors, null);
    }

    private ProblemException(int status, String detail, List<FieldError> errors, String conflictingResource) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.conflictingResource = conflictingResource;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** For a 409: the path of the resource the request conflicts with, or null. */
    public String conflictingResource() {
        return conflictingResource;
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, detail, errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, what + " " + id + " does not exist or is not visible to you.");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, detail);
    }

    /** A 409 naming the resource it conflicts with (a path the caller may read, e.g. /api/v1/providers/{id}). */
    public static ProblemException conflict(String detail, String conflictingResource) {
        return new ProblemException(409, detail, List.of(), conflictingResource);
    }

    public static ProblemException unprocessable(String detail, List<FieldError> errors) {
        return new ProblemException(422, detail, errors);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Expected outcomes, not bugs: no stack trace to capture.
        return this;
    }
}
