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
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP responses: every error is {@code application/problem+json}
 * with the right status, and no class name or stack trace reaches the client.
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
        return Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(e.status(), e.detail(), e.errors(), e.conflictingResource()))
                .build();
    }

    /** Bean validation of parameters and bodies (the contract's constraints, generated into the API beans). */
    @ServerExceptionMapper({ConstraintViolationException.class,
            io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException.class})
    public Response invalid(ConstraintViolationException e) {
        List<ProblemException.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemException.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemException.FieldError::field))
                .toList();
        List<String> names = errors.stream().map(ProblemException.FieldError::field).distinct().toList();
        // The detail stays short (the contract allows 2000 characters): the first ten names, errors[] has the rest.
        String fields = String.join(", ", names.subList(0, Math.min(10, names.size())))
                + (names.size() > 10 ? " and " + (names.size() - 10) + " more" : "");
        return respond(400, "The request has invalid fields: " + fields + ".", errors);
    }

    /** Malformed JSON, wrong types, unknown properties or enum values (listed so that they win over built-in mappers). */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class})
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown.getPath());
            return respond(400, "The field '" + field + "' is not part of this request.",
                    List.of(new ProblemException.FieldError(field, "is not a known property")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            return respond(400, "The field '" + field + "' has a value of the wrong type or format.",
                    List.of(new ProblemException.FieldError(field, "has a value of the wrong type or format")));
        }
        return respond(400, "The request body is not valid JSON.", List.of());
    }

    /** A date that matches the YYYY-MM-DD pattern but is no calendar date (2024-02-30). */
    @ServerExceptionMapper
    public Response notADate(java.time.format.DateTimeParseException e) {
        return respond(400, "A date in the request is not a calendar date (YYYY-MM-DD).", List.of());
    }

    /** No token, or one that fails verification: counted and logged at most once a minute, not audited (docs/security.md). */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        if (e.getCause() instanceof SecondFactorRequiredException secondFactor) {
            return secondFactorRequired(secondFactor);
        }
        anonymous.count(request.method() + " " + request.path());
        return Response.fromResponse(respond(401,
                "Sign in: send a valid, unexpired bearer token issued by the PAS identity provider.", List.of()))
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
        Response response = respond(403, "Your roles do not allow this operation.", List.of());
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
        return respond(412, "The resource was changed by someone else at the same time. GET it again and retry.", List.of());
    }

    /**
     * A unique key raced by two requests: the database is the referee, the loser gets 409. Any other
     * broken constraint is a bug the service should have caught: 500.
     */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        if ("23505".equals(e.getSQLState())) {
            return respond(409, "The change conflicts with an existing record.", List.of());
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
            return respond(400, "A parameter has a value of the wrong type or format.", List.of());
        }
        String detail = switch (status) {
            case 404 -> "There is no resource at this path.";
            case 405 -> "This resource does not support the " + request.method() + " method.";
            case 406 -> "This resource answers application/json (the public statistics also text/csv), which the Accept header does not allow.";
            case 413 -> "The request body is too large.";
            case 415 -> "This resource does not accept that Content-Type.";
            default -> status >= 500 ? "The server failed to handle the request." : "The request cannot be handled.";
        };
        if (status >= 500) {
            LOG.error("Request failed: " + request.method() + " " + request.path(), e);
        }
        return respond(status, detail, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        if (databaseUnreachable(e)) {
            LOG.warn("Database unavailable: " + request.method() + " " + request.path() + ": " + e.getMessage());
            return Response.fromResponse(respond(503, "The database is unavailable for a moment; the request may "
                    + "not have been applied. Retry shortly (with the same Idempotency-Key for a creation).", List.of()))
                    .header("Retry-After", 5).build();
        }
        LOG.error("Unexpected failure: " + request.method() + " " + request.path(), e);
        return respond(500, "The server failed to handle the request. It has been logged.", List.of());
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
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, detail, errors))
                .build();
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
