package org.openpas.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A per-user limit on expensive operations (OWASP API4): each signed-in user may call operations
 * marked {@link Expensive} {@code pas.rate-limit.expensive.requests} times per window; beyond that,
 * 429 problem+json with {@code Retry-After}. Every answer of such an operation carries the
 * {@code RateLimit} header (policy, requests remaining, seconds to the reset). The count is kept in
 * this instance's memory (fixed windows): with N instances behind a balancer a user gets at most N
 * times the limit, which is enough to stop one client from flooding the system.
 */
@ApplicationScoped
public class RateLimits {

    /** Marks a resource method as expensive (emails, uploads, reports, registrations). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Expensive {
    }

    private static final String POLICY = "expensive";
    private static final String HEADER_PROPERTY = RateLimits.class.getName() + ".header";

    private final int limit;
    private final long windowMillis;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimits(@ConfigProperty(name = "pas.rate-limit.expensive.requests", defaultValue = "20") int limit,
            @ConfigProperty(name = "pas.rate-limit.expensive.window", defaultValue = "60s") Duration window) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
    }

    /** One user's current window. */
    private static final class Window {
        long start;
        int used;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext context, ResourceInfo resource, HttpServerRequest request) {
        java.security.Principal caller = context.getSecurityContext().getUserPrincipal();
        if (resource.getResourceMethod() == null || !resource.getResourceMethod().isAnnotationPresent(Expensive.class)
                || caller == null || caller.getName() == null || caller.getName().isEmpty()) {
            return null; // not limited; anonymous callers are answered 401 by the security layer
        }
        long now = System.currentTimeMillis();
        String key = caller.getName();
        int remaining;
        long resetMillis;
        synchronized (windows) {
            if (windows.size() > 100_000) {
                windows.values().removeIf(w -> now - w.start >= windowMillis);
            }
            Window w = windows.computeIfAbsent(key, k -> new Window());
            if (now - w.start >= windowMillis) {
                w.start = now;
                w.used = 0;
            }
            resetMillis = w.start + windowMillis - now;
            if (w.used >= limit) {
                long retryAfter = Math.max(1, (resetMillis + 999) / 1000);
                return Response.fromResponse(ProblemMapper.respond(429, "Too many requests of this kind: at most "
                        + limit + " per " + windowMillis / 1000 + " s for each user. Retry after " + retryAfter + " s.",
                        request, List.of()))
                        .header("Retry-After", retryAfter)
                        .header("RateLimit", header(0, resetMillis))
                        .build();
            }
            w.used++;
            remaining = limit - w.used;
        }
        context.setProperty(HEADER_PROPERTY, header(remaining, resetMillis));
        return null;
    }

    @ServerResponseFilter
    public void announce(ContainerRequestContext request, ContainerResponseContext response) {
        Object header = request.getProperty(HEADER_PROPERTY);
        if (header != null) {
            response.getHeaders().putSingle("RateLimit", header);
        }
    }

    private static String header(int remaining, long resetMillis) {
        return "\"" + POLICY + "\";r=" + remaining + ";t=" + Math.max(1, (resetMillis + 999) / 1000);
    }
}
