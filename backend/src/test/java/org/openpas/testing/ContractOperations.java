package org.openpas.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpas.common.Roles;

/**
 * The operations of openapi.yaml with the roles the contract allows each: the {@code x-pas-access}
 * block's {@code roles} where the operation has one, else its description's "Roles: ..." paragraph
 * (role names outside parentheses). An operation open to "any signed-in user" has no roles (null).
 */
public final class ContractOperations {

    public record Operation(String id, String method, String path, Set<String> roles) {

        /** Whether the contract limits the operation to some roles. */
        public boolean restricted() {
            return roles != null;
        }
    }

    private static final Pattern ROLES_PARAGRAPH = Pattern.compile("Roles:(.*?)(?:\\n\\s*\\n|$)", Pattern.DOTALL);
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private ContractOperations() {
    }

    public static List<Operation> all() {
        JsonNode contract;
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                JsonNode operation = method.getValue();
                operations.add(new Operation(operation.path("operationId").asText(), method.getKey().toUpperCase(),
                        path.getKey(), roles(operation)));
            }
        }));
        return operations;
    }

    private static Set<String> roles(JsonNode operation) {
        if (operation.path("x-pas-access").path("public").asBoolean(false)) {
            return null; // no token needed: no role is refused
        }
        JsonNode access = operation.path("x-pas-access").path("roles");
        if (access.isArray()) {
            Set<String> roles = new TreeSet<>();
            access.forEach(role -> roles.add(role.asText()));
            return roles;
        }
        return rolesOf(operation.path("description").asText());
    }

    /** "provider (own only), delegate (providers they act for), admin." gives provider, delegate, admin. */
    static Set<String> rolesOf(String description) {
        Matcher paragraph = ROLES_PARAGRAPH.matcher(description);
        if (!paragraph.find()) {
            throw new IllegalStateException("An operation's description has no 'Roles:' line: " + description);
        }
        String text = paragraph.group(1).replaceAll("\\([^)]*\\)", " ");
        if (text.contains("any signed-in user")) {
            return null;
        }
        Set<String> roles = new TreeSet<>();
        for (String word : text.split("[\\s,.;]+")) {
            if (Roles.ALL.contains(word)) {
                roles.add(word);
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalStateException("No role named in: Roles:" + paragraph.group(1));
        }
        return roles;
    }
}
