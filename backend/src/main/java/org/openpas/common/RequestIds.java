package org.openpas.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request has an id: the {@code X-Request-Id} the proxy sent when it is a sane value (1 to 64 of
 * {@code A-Z a-z 0-9 . _ -}, the contract's pattern), else a new UUID. It is sent back as
 * {@code X-Request-Id}, names the occurrence in problem+json answers ({@code instance}), is stored in
 * the audit events the request writes, and is in the log MDC ({@code requestId}) of every line logged
 * for the request.
 *
 * <p>Set by the first route of the HTTP router, on the event loop. Quarkus keeps the MDC in the
 * request's Vert.x duplicated context, which RESTEasy Reactive carries to the worker thread when an
 * endpoint blocks, so the id follows the request; work without a request (scheduled jobs) has none.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Before every other route (BodyLimits' size check comes next), so that even its 413 carries the id. */
    static final int ROUTE_ORDER = Integer.MIN_VALUE;

    void assignToEveryRequest(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(context -> {
            String id = chosen(context.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }

    /** The proxy's id when it is sane, else a new one: a client cannot put what it likes in logs and audit. */
    static String chosen(String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    /** The current request's id, or null outside a request (scheduled jobs). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /**
     * The problem+json {@code instance} of the current request: {@code urn:uuid:<id>} when the id is a
     * UUID, else {@code urn:pas:request:<id>} (the id's characters are all allowed in a URN).
     */
    public static String occurrence() {
        return occurrence(current());
    }

    static String occurrence(String id) {
        if (id == null) {
            return null;
        }
        return UUID_TEXT.matcher(id).matches() ? "urn:uuid:" + id : "urn:pas:request:" + id;
    }
}
