package org.openpas.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A per-user limit on expensive operations (OWASP API4): each signed-in user may call operations
 * marked {@link Expensive} {@code pas.rate-limit.expensive.requests} times per window; beyond that,
 * 429 problem+json with {@code Retry-After}. Every answer of such an operation carries the
 * {@code RateLimit} header (policy, requests remaining, seconds to the reset). The count is kept in
 * PostgreSQL (table {@code rate_limit}, one fixed window per user that starts at their first request),
 * so every API instance counts against the same limit: one upsert per expensive request.
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
    private final Duration window;
    private final EntityManager em;

    public RateLimits(@ConfigProperty(name = "pas.rate-limit.expensive.requests", defaultValue = "20") int limit,
            @ConfigProperty(name = "pas.rate-limit.expensive.window", defaultValue = "60s") Duration window,
            EntityManager em) {
        this.limit = limit;
        this.window = window;
        this.em = em;
    }

    /** A user's window after counting this request: when it started and how many requests it has seen. */
    record Count(Instant windowStart, int used) {
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext context, ResourceInfo resource) {
        java.security.Principal caller = context.getSecurityContext().getUserPrincipal();
        if (resource.getResourceMethod() == null || !resource.getResourceMethod().isAnnotationPresent(Expensive.class)
                || caller == null || caller.getName() == null || caller.getName().isEmpty()) {
            return null; // not limited; anonymous callers are answered 401 by the security layer
        }
        Count count = QuarkusTransaction.requiringNew().call(() -> count(caller.getName()));
        long resetMillis = Math.max(0, Duration.between(Instant.now(), count.windowStart().plus(window)).toMillis());
        if (count.used() > limit) {
            long retryAfter = Math.max(1, (resetMillis + 999) / 1000);
            return Response.fromResponse(ProblemMapper.respond(429, Message.of("problem.tooManyRequests",
                    "limit", limit, "seconds", window.toSeconds(), "retryAfter", retryAfter)))
                    .header("Retry-After", retryAfter)
                    .header("RateLimit", header(0, resetMillis))
                    .build();
        }
        context.setProperty(HEADER_PROPERTY, header(limit - count.used(), resetMillis));
        return null;
    }

    /**
     * Counts one request of {@code subject} in one statement: a new window when there is none or it has
     * run out, else one more in the current window. Concurrent requests of the same user, on any instance,
     * wait for each other on the row, so none is lost.
     */
    private Count count(String subject) {
        Tuple row = (Tuple) em.createNativeQuery("""
                insert into rate_limit (subject, policy, window_start, used) values (:subject, :policy, now(), 1)
                on conflict (subject, policy) do update set
                    window_start = case when rate_limit.window_start <= now() - make_interval(secs => :seconds) then now()
                                        else rate_limit.window_start end,
                    used = case when rate_limit.window_start <= now() - make_interval(secs => :seconds) then 1
                                else rate_limit.used + 1 end
                returning window_start, used""", Tuple.class)
                .setParameter("subject", subject)
                .setParameter("policy", POLICY)
                .setParameter("seconds", window.toMillis() / 1000.0)
                .getSingleResult();
        return new Count(row.get("window_start", Instant.class), row.get("used", Number.class).intValue());
    }

    /** Windows that ran out are no longer needed (a user's next request starts a new one). */
    @Scheduled(every = "${pas.rate-limit.cleanup-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetPastWindows() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from rate_limit where window_start <= now() - make_interval(secs => :seconds)")
                .setParameter("seconds", window.toMillis() / 1000.0).executeUpdate());
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
