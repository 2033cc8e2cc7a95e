package org.openpas.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.openpas.common.Problem;

/**
 * Every error of a FHIR path is an OperationOutcome, whoever raised it (the services' 403 and 404, the security
 * layer's 401 and role refusals, JAX-RS's 406, bean validation's 400): the application's problem+json, made by
 * {@code common.ProblemMapper} for the rest of the API, is turned into one here, with the same status and detail.
 */
public class FhirErrors {

    @ServerResponseFilter
    public void asOperationOutcome(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && isFhir(request)) {
            response.setEntity(FhirFormat.outcome(problem.status(), problem.detail()), null,
                    MediaType.valueOf(FhirFormat.MEDIA_TYPE));
        }
    }

    static boolean isFhir(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        return path.startsWith("/api/v1/fhir/") || path.startsWith("/fhir/");
    }
}
