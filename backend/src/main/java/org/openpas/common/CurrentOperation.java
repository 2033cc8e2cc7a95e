package org.openpas.common;

import io.quarkus.arc.Arc;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.mapping.RuntimeResource;

/**
 * The contract operation the current request was routed to: its {@code operationId} (the interfaces
 * are generated from openapi.yaml, so the Java method's name is the operationId), its method and path
 * template, and the values of its path parameters. Audit events name it; a refusal by role names it
 * as what was refused.
 */
public record CurrentOperation(String id, String method, String pathTemplate, Map<String, String> pathParameters) {

    /** The current request's operation, or null outside a request (jobs) or before it was routed. */
    public static CurrentOperation current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        RuntimeResource target = request == null ? null : request.getTarget();
        if (target == null) {
            return null;
        }
        String template = target.getClassPath().template + target.getPath().template;
        // Parameters in the order the template names them (the index map has no order of its own).
        Map<String, String> parameters = new LinkedHashMap<>();
        target.getPathParameterIndexes().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(p -> parameters.put(p.getKey(), request.getPathParam(p.getValue(), true)));
        return new CurrentOperation(target.getJavaMethodName(), target.getHttpMethod(), template, parameters);
    }

    /** {@code GET /patients/{patientId}/questionnaire}. */
    public String describe() {
        return method + " " + pathTemplate;
    }
}
