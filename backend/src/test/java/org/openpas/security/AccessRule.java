package org.openpas.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One operation's {@code x-pas-access} line of openapi.yaml (the format is in its info.description and
 * in docs/security.md), with what the contract declares about the operation: its statuses, and the 2xx
 * it answers when allowed.
 *
 * @param block the extension as written (null when the operation has none)
 * @param responses the statuses the operation declares
 */
record AccessRule(String operationId, JsonNode block, Set<Integer> responses) {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** Every operation of openapi.yaml, by operationId, in the order of the contract. */
    static Map<String, AccessRule> fromContract() {
        JsonNode contract;
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var rules = new LinkedHashMap<String, AccessRule>();
        contract.get("paths").forEach(path -> METHODS.stream().filter(path::has).map(path::get).forEach(operation -> {
            var statuses = new TreeSet<Integer>();
            operation.get("responses").fieldNames().forEachRemaining(status -> statuses.add(Integer.parseInt(status)));
            String id = operation.get("operationId").asText();
            rules.put(id, new AccessRule(id, operation.get("x-pas-access"), statuses));
        }));
        return rules;
    }

    boolean isPublic() {
        return block.path("public").asBoolean(false);
    }

    Set<String> roles() {
        var roles = new TreeSet<String>();
        block.path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    /** The relationship the roles need towards the target, or null. */
    String relationship() {
        return block.hasNonNull("relationship") ? block.get("relationship").asText() : null;
    }

    /** What a caller of one of the roles without the relationship gets: 403 or 404. */
    int refused() {
        return block.path("refused").asInt(403);
    }

    /** 404 before the role check to whoever cannot see the target (reads of a patient's data). */
    boolean hidden() {
        return block.path("hidden").asBoolean(false);
    }

    /** The status of an allowed call: the operation's one declared 2xx. */
    int success() {
        return responses.stream().filter(status -> status >= 200 && status < 300).findFirst()
                .orElseThrow(() -> new IllegalStateException(operationId + " declares no 2xx"));
    }
}
