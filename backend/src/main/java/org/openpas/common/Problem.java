package org.openpas.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error response: RFC 9457 problem details with {@code type} {@code about:blank},
 * the standard title of the status, a human-readable {@code detail}, the request's occurrence in
 * {@code instance} ({@link RequestIds#occurrence()}) and, for invalid input, one entry per field in
 * {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<ProblemException.FieldError> errors, String conflictingResource) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String detail, List<ProblemException.FieldError> errors) {
        return of(status, detail, errors, null);
    }

    /** {@code conflictingResource}: for some 409s, the resource the request conflicts with. */
    public static Problem of(int status, String detail, List<ProblemException.FieldError> errors,
            String conflictingResource) {
        // The contract caps errors[] at 100 entries: a body with thousands of invalid items lists the first 100.
        List<ProblemException.FieldError> listed = errors != null && errors.size() > 100 ? errors.subList(0, 100) : errors;
        return new Problem("about:blank", titleOf(status), status, detail, RequestIds.occurrence(), listed,
                conflictingResource);
    }

    static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
