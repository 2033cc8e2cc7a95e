package org.openpas.fhir;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * FHIR clients expect the server's base at {@code /fhir}: requests there are rerouted to the JAX-RS resources under
 * the application's path ({@code /api/v1/fhir}), marked so that the Bundles' links use the base the caller used.
 */
@ApplicationScoped
public class FhirRoutes {

    /** Set on rerouted requests: the base the caller used. Any value a client sends is replaced. */
    static final String BASE_HEADER = "X-Pas-Fhir-Base";

    void reroute(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            context.request().headers().remove(BASE_HEADER);
            String uri = context.request().uri();
            if (uri.equals("/fhir") || uri.startsWith("/fhir/") || uri.startsWith("/fhir?")) {
                context.request().headers().set(BASE_HEADER, "/fhir");
                context.reroute(context.request().method(), "/api/v1" + uri);
            } else {
                context.next();
            }
        });
    }
}
