package org.openpas.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;

/**
 * The body of every error response: RFC 9457 problem details with {@code type} {@code about:blank},
 * the standard title of the status (in the problem's language: {@link ProblemCatalogue} {@code title.<status>}),
 * a human-readable {@code detail}, the request's occurrence in
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
        return of(Locales.ENGLISH, status, detail, errors, conflictingResource);
    }

    /** A problem written in {@code locale}: the title is the status's in that language. */
    public static Problem of(Locale locale, int status, String detail, List<ProblemException.FieldError> errors,
            String conflictingResource) {
        // The contract caps errors[] at 100 entries: a body with thousands of invalid items lists the first 100.
        List<ProblemException.FieldError> listed = errors != null && errors.size() > 100 ? errors.subList(0, 100) : errors;
        return new Problem("about:blank", titleOf(status, locale), status, detail, RequestIds.occurrence(), listed,
                conflictingResource);
    }

    static String titleOf(int status, Locale locale) {
        return Message.of(titleKey(status)).in(locale);
    }

    /** {@code title.404}; {@code title.500} for an unlisted server error, {@code title.other} for any other status. */
    static String titleKey(int status) {
        String key = "title." + status;
        return ProblemCatalogue.has(key) ? key : status >= 500 ? "title.500" : "title.other";
    }
}
