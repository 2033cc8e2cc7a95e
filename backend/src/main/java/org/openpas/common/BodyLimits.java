package org.openpas.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Body size caps, answered with 413 problem+json: JSON bodies at most 64 KiB (the contract's limit),
 * any body at most {@code quarkus.http.limits.max-body-size} (the panel file limit).
 */
@ApplicationScoped
public class BodyLimits {

    static final long MAX_JSON_BYTES = 64 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response limitJson(ResteasyReactiveContainerRequestContext context) {
        MediaType type;
        try {
            type = context.getMediaType();
        } catch (IllegalArgumentException unparseable) {
            return ProblemMapper.respond(415, Message.of("problem.contentTypeUnreadable"));
        }
        int length = context.getLength();
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        if (json && length > MAX_JSON_BYTES) {
            return ProblemMapper.respond(413, Message.of("problem.jsonTooLarge", "length", length));
        }
        return null;
    }

    /**
     * Bodies over the HTTP limit would be cut off by Vert.x with an empty 413; refuse them first, from
     * their Content-Length, with a problem body.
     */
    void problemForOversizeBodies(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        long max = maxBodySize.asLongValue();
        router.route().order(RequestIds.ROUTE_ORDER + 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > max) {
                var problem = new JsonObject()
                        .put("type", "about:blank").put("title", "Content Too Large").put("status", 413)
                        .put("detail", "Request bodies are limited to " + max + " bytes.")
                        .put("instance", RequestIds.occurrence());
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem.encode());
            } else {
                context.next();
            }
        });
    }
}
