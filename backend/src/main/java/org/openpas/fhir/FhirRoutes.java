package org.openpas.fhir;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * FHIR clients expect the server's base at {@code /fhir}: requests there are rerouted to the JAX-RS resources under
 * the application's path ({@code /api/v1/fhir}), marked so that the Bundles' links use the base the caller used.
 * The mark is routing-context data, not a header: a rerouted request runs this handler again, and a client cannot
 * set it.
 */
@ApplicationScoped
public class FhirRoutes {

    /** Routing-context data set on rerouted requests: the base the caller used. */
    static final String BASE = "pas.fhir.base";

    void reroute(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String uri = context.request().uri();
            if (uri.equals("/fhir") || uri.startsWith("/fhir/") || uri.startsWith("/fhir?")) {
                context.put(BASE, "/fhir");
                context.reroute(context.request().method(), "/api/v1" + uri);
            } else {
                context.next();
            }
        });
    }
}
