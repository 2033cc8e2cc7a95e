package org.openpas.common;

import java.util.List;
import java.util.Locale;

/**
 * A failure the client can act on. The one exception mapper turns it into an RFC 9457
 * {@code application/problem+json} response with this status and detail.
 *
 * <p>Problems patients can meet carry {@link Message}s (a key of {@link ProblemCatalogue} and its values) and
 * are answered in the caller's {@code Accept-Language}; those thrown with plain strings stay English.
 */
public class ProblemException extends RuntimeException {

    /** One invalid input, as answered: the field (a JSON path, or a parameter name) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    /** One invalid input whose message can be localised; the field is never translated. */
    public record Invalid(String field, Message message) {

        public static Invalid of(String field, String key, Object... namesAndValues) {
            return new Invalid(field, Message.of(key, namesAndValues));
        }

        static Invalid of(FieldError error) {
            return new Invalid(error.field(), Message.literal(error.message()));
        }

        public FieldError in(Locale locale) {
            return new FieldError(field, message.in(locale));
        }
    }

    private final int status;
    private final Message detail;
    private final List<Invalid> invalid;
    private final String conflictingResource;

    public ProblemException(int status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemException(int status, String detail, List<FieldError> errors) {
        this(status, Message.literal(detail), errors.stream().map(Invalid::of).toList(), null);
    }

    public ProblemException(int status, Message detail) {
        this(status, detail, List.of(), null);
    }

    public ProblemException(int status, Message detail, List<Invalid> errors) {
        this(status, detail, errors, null);
    }

    private ProblemException(int status, Message detail, List<Invalid> errors, String conflictingResource) {
        super(detail.in(Locales.ENGLISH));
        this.status = status;
        this.detail = detail;
        this.invalid = List.copyOf(errors);
        this.conflictingResource = conflictingResource;
    }

    public int status() {
        return status;
    }

    /** The detail in English. */
    public String detail() {
        return getMessage();
    }

    public Message detailMessage() {
        return detail;
    }

    /** The field errors in English. */
    public List<FieldError> errors() {
        return invalid.stream().map(e -> e.in(Locales.ENGLISH)).toList();
    }

    public List<Invalid> invalid() {
        return invalid;
    }

    /** For a 409: the path of the resource the request conflicts with, or null. */
    public String conflictingResource() {
        return conflictingResource;
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, detail, errors);
    }

    public static ProblemException badRequest(Message detail, List<Invalid> errors) {
        return new ProblemException(400, detail, errors);
    }

    /**
     * 404 "{what} {id} does not exist or is not visible to you.", localised when the catalogue has
     * {@code notFound.<what in camel case>} ({@code notFound.waitlistEntry} for "Waitlist entry").
     */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, new Message("notFound." + camelCase(what), java.util.Map.of("id", String.valueOf(id)),
                what + " " + id + " does not exist or is not visible to you."));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, detail);
    }

    public static ProblemException forbidden(Message detail) {
        return new ProblemException(403, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, detail);
    }

    public static ProblemException conflict(Message detail) {
        return new ProblemException(409, detail);
    }

    /** A 409 naming the resource it conflicts with (a path the caller may read, e.g. /api/v1/providers/{id}). */
    public static ProblemException conflict(String detail, String conflictingResource) {
        return conflict(Message.literal(detail), conflictingResource);
    }

    public static ProblemException conflict(Message detail, String conflictingResource) {
        return new ProblemException(409, detail, List.of(), conflictingResource);
    }

    public static ProblemException unprocessable(String detail, List<FieldError> errors) {
        return new ProblemException(422, detail, errors);
    }

    public static ProblemException unprocessable(Message detail, List<Invalid> errors) {
        return new ProblemException(422, detail, errors);
    }

    /** "Waitlist entry of patient" becomes "waitlistEntryOfPatient". */
    static String camelCase(String words) {
        StringBuilder key = new StringBuilder();
        for (String word : words.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                key.append(key.isEmpty() ? word.substring(0, 1).toLowerCase(Locale.ROOT)
                        : word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return key.toString();
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Expected outcomes, not bugs: no stack trace to capture.
        return this;
    }
}
