package org.openpas.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openpas.common.ProblemException.Invalid;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * The one place where failures become HTTP responses: every error is {@code application/problem+json}
 * with the right status, and no class name or stack trace reaches the client.
 *
 * <p>Problems are answered in the caller's {@code Accept-Language} ({@link Locales#fromAcceptLanguage}) when
 * every text of them is in the catalogue ({@link Message#localizable()}), else in English; either way
 * {@code Content-Language} names the language and {@code Vary: Accept-Language} tells caches.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final CurrentUser caller;
    private final RefusalLog refusals;
    private final AnonymousRefusals anonymous;

    public ProblemMapper(CurrentUser caller, RefusalLog refusals, AnonymousRefusals anonymous) {
        this.caller = caller;
        this.refusals = refusals;
        this.anonymous = anonymous;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.status(), e.detailMessage(), e.invalid(), e.conflictingResource());
    }

    /** Bean validation of parameters and bodies (the contract's constraints, generated into the API beans). */
    @ServerExceptionMapper({ConstraintViolationException.class,
            io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException.class})
    public Response invalid(ConstraintViolationException e) {
        List<Invalid> errors = e.getConstraintViolations().stream()
                .map(v -> new Invalid(fieldOf(v), constraintMessage(v)))
                .sorted(Comparator.comparing(Invalid::field))
                .toList();
        List<String> names = errors.stream().map(Invalid::field).distinct().toList();
        // The detail stays short (the contract allows 2000 characters): the first ten names, errors[] has the rest.
        String fields = String.join(", ", names.subList(0, Math.min(10, names.size())));
        Message detail = names.size() > 10
                ? Message.of("problem.invalidFieldsAndMore", "fields", fields, "more", names.size() - 10)
                : Message.of("problem.invalidFields", "fields", fields);
        return respond(400, detail, errors, null);
    }

    /** Malformed JSON, wrong types, unknown properties or enum values (listed so that they win over built-in mappers). */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class})
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown.getPath());
            return respond(400, Message.of("problem.unknownField", "field", field),
                    List.of(Invalid.of(field, "field.unknownProperty")), null);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            return respond(400, Message.of("problem.wrongType", "field", field),
                    List.of(Invalid.of(field, "field.wrongType")), null);
        }
        return respond(400, Message.of("problem.notJson"));
    }

    /** A date that matches the YYYY-MM-DD pattern but is no calendar date (2024-02-30). */
    @ServerExceptionMapper
    public Response notADate(java.time.format.DateTimeParseException e) {
        return respond(400, Message.of("problem.notADate"));
    }

    /** No token, or one that fails verification: counted and logged at most once a minute, not audited (docs/security.md). */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        if (e.getCause() instanceof SecondFactorRequiredException secondFactor) {
            return secondFactorRequired(secondFactor);
        }
        anonymous.count(request.method() + " " + request.path());
        return Response.fromResponse(respond(401, Message.of("problem.signIn")))
                .header("WWW-Authenticate", "Bearer realm=\"pas\"").build();
    }

    /** RFC 9470: the token is valid, but a staff member must sign in again with the second factor. */
    @ServerExceptionMapper
    public Response secondFactorRequired(SecondFactorRequiredException e) {
        String detail = "A second factor is required for your role: sign in again with your authenticator app (TOTP).";
        return Response.fromResponse(respond(401, detail, List.of()))
                .header("WWW-Authenticate", "Bearer error=\"insufficient_user_authentication\", error_description=\""
                        + "A second factor is required\", acr_values=\"" + e.requiredAcr() + "\"").build();
    }

    /**
     * A role check refused the caller before the operation ran: the refusal is audited (DENIED) in a
     * transaction of its own before the 403 is sent. The security check may run on the event loop,
     * where the database must not be called: the write then goes to a worker thread. What to record (and
     * the answer, which names the request) is read here, on the request's thread.
     */
    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e) {
        Refusal refusal = Refusal.of(caller, 403);
        Response response = respond(403, Message.of("problem.roleRefused"));
        Uni<Response> audited = Uni.createFrom().item(() -> {
            try {
                refusals.record(refusal);
            } catch (RuntimeException failure) {
                // The refusal stands either way; the log keeps what the trail could not.
                LOG.error("Could not audit a refusal by role: " + refusal, failure);
            }
            return response;
        });
        return Context.isOnEventLoopThread() ? audited.runSubscriptionOn(Infrastructure.getDefaultWorkerPool()) : audited;
    }

    /** Two writers raced on the same row: the loser learns it and retries. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e) {
        return respond(412, Message.of("problem.concurrentUpdate"));
    }

    /**
     * A unique key raced by two requests: the database is the referee, the loser gets 409. Any other
     * broken constraint is a bug the service should have caught: 500.
     */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        if ("23505".equals(e.getSQLState())) {
            return respond(409, Message.of("problem.duplicateKey"));
        }
        return unexpected(e, request);
    }

    /** JAX-RS's own failures: unknown path (404), wrong method (405), unsupported media type (415)... */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        if (status == 404 && e.getCause() != null) {
            // A query or path parameter that could not be converted (e.g. an unknown enum value).
            return respond(400, Message.of("problem.badParameter"));
        }
        Message detail = switch (status) {
            case 404 -> Message.of("problem.noSuchPath");
            case 405 -> Message.of("problem.methodNotAllowed", "method", request.method());
            case 406 -> Message.of("problem.notAcceptable");
            case 413 -> Message.of("problem.bodyTooLarge");
            case 415 -> Message.of("problem.unsupportedMediaType");
            default -> Message.of(status >= 500 ? "problem.serverFailed" : "problem.cannotHandle");
        };
        if (status >= 500) {
            LOG.error("Request failed: " + request.method() + " " + request.path(), e);
        }
        return respond(status, detail);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        if (databaseUnreachable(e)) {
            LOG.warn("Database unavailable: " + request.method() + " " + request.path() + ": " + e.getMessage());
            return Response.fromResponse(respond(503, Message.of("problem.databaseUnavailable")))
                    .header("Retry-After", 5).build();
        }
        LOG.error("Unexpected failure: " + request.method() + " " + request.path(), e);
        return respond(500, Message.of("problem.unexpected"));
    }

    /**
     * A lost or refused database connection (SQLSTATE class 08, or 57P01-57P03 while PostgreSQL shuts
     * down or starts): the request can be retried, so 503, not 500.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    static Response respond(int status, String detail, List<ProblemException.FieldError> errors) {
        return respond(status, Message.literal(detail), errors.stream().map(Invalid::of).toList(), null);
    }

    static Response respond(int status, Message detail) {
        return respond(status, detail, List.of(), null);
    }

    /** The problem in the caller's language when the catalogue has all its texts, else in English. */
    static Response respond(int status, Message detail, List<Invalid> errors, String conflictingResource) {
        Locale asked = callerLocale();
        Locale locale = detail.localizable() && errors.stream().allMatch(e -> e.message().localizable())
                ? asked : Locales.ENGLISH;
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(locale, status, detail.in(locale), errors.stream().map(e -> e.in(locale)).toList(),
                        conflictingResource))
                .header("Content-Language", Locales.tag(locale))
                .header("Vary", "Accept-Language")
                .build();
    }

    /**
     * The language the current request asks for ({@code Accept-Language}); English outside a request. Read
     * from RESTEasy Reactive's current request, which exception mappers and request filters both run in.
     */
    static Locale callerLocale() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return request == null ? Locales.ENGLISH
                : Locales.fromAcceptLanguage(request.getHttpHeaders().getHeaderString("Accept-Language"));
    }

    /** Bean Validation's attributes that are no values of the message. */
    private static final Set<String> NOT_VALUES = Set.of("message", "groups", "payload", "flags");

    /**
     * A constraint's message: Hibernate Validator's English text, and in other languages the catalogue's
     * {@code constraint.<annotation>} with the constraint's attributes ({min}, {max}, {regexp}, {value}). A
     * constraint with its own message, or one the catalogue lacks, stays English.
     */
    private static Message constraintMessage(ConstraintViolation<?> violation) {
        var descriptor = violation.getConstraintDescriptor();
        String name = descriptor.getAnnotation().annotationType().getSimpleName();
        String standard = "{" + descriptor.getAnnotation().annotationType().getName() + ".message}";
        if (!standard.equals(violation.getMessageTemplate())) {
            return Message.literal(violation.getMessage());
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        descriptor.getAttributes().forEach((attribute, value) -> {
            if (!NOT_VALUES.contains(attribute)) {
                values.put(attribute, value);
            }
        });
        return new Message("constraint." + name, values, violation.getMessage());
    }

    /** {@code createClinic.data.address.postalCode} becomes {@code address.postalCode}; {@code listClinics.size} becomes {@code size}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        if (parts.length == 3 && parts[1].equals("data")) {
            return parts[2];
        }
        String field = parts.length >= 2 ? path.substring(parts[0].length() + 1) : path;
        return field.equals("data") ? "body" : field;
    }

    /** A JSON path as the client spelled it, made safe to echo: no control characters, at most 200 characters. */
    private static String jsonPath(List<JsonMappingException.Reference> path) {
        String field = rawJsonPath(path).replaceAll("[\\x00-\\x1F\\x7F]", "\uFFFD");
        return field.length() > 200 ? field.substring(0, 199) + "\u2026" : field;
    }

    private static String rawJsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
