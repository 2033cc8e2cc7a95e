package org.openpas.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The operations of openapi.yaml as the fuzzer needs them: parameters, body schema and declared statuses. */
final class ContractFuzzModel {

    static final String CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize().toUri().toString();
    static final String BASE = "/api/v1";

    /** A parameter of an operation: where it goes ({@code path}, {@code query}, {@code header}) and its schema. */
    record Param(String name, String in, boolean required, Schema<?> schema) {
    }

    /**
     * One operation. {@code bodyType} is null when it takes no body; {@code body} is its schema (for
     * multipart, the form's schema).
     */
    record Operation(String id, String method, String path, List<Param> params, String bodyType, Schema<?> body,
            Set<Integer> statuses, boolean isPublic) {

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean hasJsonBody() {
            return "application/json".equals(bodyType);
        }

        boolean isMultipart() {
            return "multipart/form-data".equals(bodyType);
        }

        boolean takesIfMatch() {
            return in("header").stream().anyMatch(p -> p.name().equals("If-Match"));
        }

        boolean changes() {
            return !method.equals("GET");
        }

        /** The path with every parameter replaced by one fixed UUID: what the response validator is given. */
        String templatePath() {
            return BASE + path.replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000");
        }

        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    private ContractFuzzModel() {
    }

    /** Every operation of the contract, with $refs resolved, in the contract's order. */
    static List<Operation> operations() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(CONTRACT, null, options);
        if (api == null) {
            throw new IllegalStateException("Could not read " + CONTRACT);
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            PathItem item = path.getValue();
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry : item.readOperationsMap().entrySet()) {
                io.swagger.v3.oas.models.Operation op = entry.getValue();
                List<Param> params = new ArrayList<>();
                for (List<Parameter> list : java.util.Arrays.asList(item.getParameters(), op.getParameters())) {
                    if (list != null) {
                        for (Parameter p : list) {
                            params.add(new Param(p.getName(), p.getIn(), Boolean.TRUE.equals(p.getRequired()), p.getSchema()));
                        }
                    }
                }
                String bodyType = null;
                Schema<?> body = null;
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    Map.Entry<String, MediaType> media = op.getRequestBody().getContent().entrySet().iterator().next();
                    bodyType = media.getKey();
                    body = media.getValue().getSchema();
                }
                Set<Integer> statuses = new TreeSet<>();
                op.getResponses().keySet().stream().filter(k -> k.matches("[0-9]{3}")).map(Integer::valueOf)
                        .forEach(statuses::add);
                boolean isPublic = op.getExtensions() != null && op.getExtensions().get("x-pas-access") instanceof Map<?, ?> access
                        && Boolean.TRUE.equals(access.get("public"));
                operations.add(new Operation(op.getOperationId(), entry.getKey().name(), path.getKey(), List.copyOf(params),
                        bodyType, body, statuses, isPublic));
            }
        }
        operations.sort(Comparator.comparing(Operation::id));
        return List.copyOf(operations);
    }
}
