package org.openpas.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes deployment as written (deploy/README.md): the API's manifests that {@code package} generates
 * (target/kubernetes/kubernetes.yml, from application.properties and src/main/kubernetes), the hand-written ones
 * in deploy/, and backend/Dockerfile. Run by failsafe in {@code mvn verify}, after {@code package} wrote the file.
 * Nothing here needs a cluster: it checks what the manifests promise.
 */
class KubernetesManifestsIT {

    static final Path BACKEND = Path.of("").toAbsolutePath();
    static final Path REPO = BACKEND.getParent();
    static final Path GENERATED = BACKEND.resolve("target/kubernetes/kubernetes.yml");
    static final Path DEPLOY = REPO.resolve("deploy");

    static final String API = "pas-api";
    static final int API_PORT = 8080;
    /** The bench's heap (-Xmx256m) and the peak resident set it measured with it (docs/performance.md). */
    static final long BENCH_HEAP = 256L << 20;
    static final long BENCH_PEAK_RSS = 410_000_000L;
    /** Names of settings that hold secrets: these never have a literal value in a manifest. */
    static final Pattern SECRET_NAME = Pattern.compile("(^|_)(PASSWORD|PASSWD|PWD|SECRET|KEY|TOKEN|CREDENTIALS?)(_|$)",
            Pattern.CASE_INSENSITIVE);

    static final YAMLMapper YAML = new YAMLMapper();

    static List<JsonNode> generated;
    static List<JsonNode> handWritten;
    static List<JsonNode> all;

    @BeforeAll
    static void readManifests() {
        generated = read(GENERATED);
        handWritten = readDeployDirectory();
        all = Stream.concat(generated.stream(), handWritten.stream()).toList();
    }

    @Test
    void theApiRunsAtLeastTwoInstancesAndTheAutoscalerKeepsItSo() {
        JsonNode deployment = one(generated, "Deployment", API);
        assertTrue(deployment.at("/spec/replicas").asInt(1) >= 2, "replicas of pas-api: " + deployment.at("/spec/replicas"));

        JsonNode hpa = one(generated, "HorizontalPodAutoscaler", API);
        assertAll(
                () -> assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText()),
                () -> assertEquals(API, hpa.at("/spec/scaleTargetRef/name").asText()),
                () -> assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, "HPA minReplicas " + hpa.at("/spec/minReplicas")),
                () -> assertTrue(hpa.at("/spec/maxReplicas").asInt() > hpa.at("/spec/minReplicas").asInt(),
                        "the HPA can add instances"),
                () -> assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText()));
    }

    @Test
    void everyDeploymentHasADisruptionBudgetSelectingItsPods() {
        for (JsonNode deployment : ofKind(all, "Deployment")) {
            String name = name(deployment);
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            List<JsonNode> budgets = ofKind(all, "PodDisruptionBudget").stream()
                    .filter(pdb -> selects(pdb.at("/spec/selector/matchLabels"), podLabels))
                    .toList();
            assertEquals(1, budgets.size(), "PodDisruptionBudgets selecting the pods of " + name);
            assertTrue(budgets.get(0).at("/spec/minAvailable").asInt() >= 1, "minAvailable for " + name);
            assertTrue(deployment.at("/spec/replicas").asInt(1) > budgets.get(0).at("/spec/minAvailable").asInt(),
                    name + " can lose one pod to a drain");
        }
    }

    @Test
    void theApiIsProbedOnItsHealthEndpoints() {
        JsonNode container = apiContainer();
        assertAll(
                () -> assertProbe(container, "startupProbe", "/q/health/started"),
                () -> assertProbe(container, "readinessProbe", "/q/health/ready"),
                () -> assertProbe(container, "livenessProbe", "/q/health/live"),
                () -> assertEquals(API_PORT, container.at("/ports/0/containerPort").asInt()));
    }

    @Test
    void everyContainerHasRequestsAndAMemoryLimit() {
        for (JsonNode deployment : ofKind(all, "Deployment")) {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                String where = name(deployment) + "/" + container.path("name").asText();
                assertAll(where,
                        () -> assertFalse(container.at("/resources/requests/cpu").isMissingNode(), where + " cpu request"),
                        () -> assertFalse(container.at("/resources/requests/memory").isMissingNode(), where + " memory request"),
                        () -> assertFalse(container.at("/resources/limits/memory").isMissingNode(), where + " memory limit"));
            }
        }
    }

    @Test
    void theApiMemoryLimitFitsTheJvmSettingsOfTheImage() throws IOException {
        String dockerfile = Files.readString(BACKEND.resolve("Dockerfile"));
        String javaOpts = match(dockerfile, "JAVA_OPTS=\"([^\"]*)\"");
        long limit = bytes(apiContainer().at("/resources/limits/memory").asText());
        long heap = limit * Long.parseLong(match(javaOpts, "-XX:MaxRAMPercentage=(\\d+)")) / 100;
        assertAll(
                () -> assertTrue(javaOpts.contains("-XX:+UseSerialGC"), javaOpts),
                () -> assertTrue(javaOpts.contains("-Xss256k"), javaOpts),
                () -> assertTrue(dockerfile.contains("MALLOC_ARENA_MAX=2"), "MALLOC_ARENA_MAX=2 in the Dockerfile"),
                () -> assertTrue(heap >= BENCH_HEAP, "heap " + heap + " under the limit " + limit),
                () -> assertTrue(limit > BENCH_PEAK_RSS, "limit " + limit + " above the bench's peak resident set"),
                () -> assertEquals(String.valueOf(API_PORT), match(dockerfile, "EXPOSE (\\d+)")),
                () -> assertTrue(match(dockerfile, "\\nUSER (\\S+)").matches("\\d+"), "a numeric USER, for runAsNonRoot"));
    }

    @Test
    void noSecretIsWrittenInAManifest() {
        assertEquals(List.of(), ofKind(all, "Secret").stream().map(KubernetesManifestsIT::name).toList(),
                "Secret objects in manifests (create them with kubectl, deploy/README.md)");
        for (JsonNode deployment : ofKind(all, "Deployment")) {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                for (JsonNode env : container.path("env")) {
                    String variable = env.path("name").asText();
                    if (SECRET_NAME.matcher(variable).find()) {
                        assertTrue(env.path("value").isMissingNode(), variable + " has a literal value in " + name(deployment));
                        assertFalse(env.at("/valueFrom/secretKeyRef/name").isMissingNode(), variable + " comes from a Secret");
                    }
                }
            }
        }
        for (JsonNode configMap : ofKind(all, "ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(key -> assertFalse(SECRET_NAME.matcher(key).find(),
                    "ConfigMap " + name(configMap) + " holds " + key + ": secrets belong in a Secret"));
        }
    }

    @Test
    void everyImageHasAPinnedTag() throws IOException {
        List<String> images = new ArrayList<>();
        for (JsonNode deployment : ofKind(all, "Deployment")) {
            deployment.at("/spec/template/spec/containers").forEach(c -> images.add(c.path("image").asText()));
            deployment.at("/spec/template/spec/initContainers").forEach(c -> images.add(c.path("image").asText()));
        }
        ofKind(all, "Keycloak").forEach(k -> images.add(k.at("/spec/image").asText()));
        ofKind(all, "Cluster").forEach(c -> images.add(c.at("/spec/imageName").asText()));
        Matcher from = Pattern.compile("(?m)^FROM (\\S+)").matcher(Files.readString(BACKEND.resolve("Dockerfile")));
        while (from.find()) {
            images.add(from.group(1));
        }
        for (String image : images) {
            String tag = image.substring(image.lastIndexOf('/') + 1);
            assertTrue(tag.contains(":") && !tag.endsWith(":latest"), "image without a pinned tag: '" + image + "'");
        }
        JsonNode deployment = one(generated, "Deployment", API);
        assertTrue(apiContainer().path("image").asText().endsWith(":" + deployment.at("/metadata/labels/app.kubernetes.io~1version").asText()),
                "the API's image is tagged with the project version");
    }

    @Test
    void theApiReadsEverySettingFromAConfigMapOrASecretThatIsDeployed() throws IOException {
        JsonNode container = apiContainer();
        Set<String> provided = new HashSet<>();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                JsonNode configMap = one(handWritten, "ConfigMap", source.at("/configMapRef/name").asText());
                configMap.path("data").fieldNames().forEachRemaining(provided::add);
            }
        }
        container.path("env").forEach(env -> provided.add(env.path("name").asText()));

        // The settings docker-compose.yml gives the same image.
        JsonNode compose = YAML.readTree(REPO.resolve("docker-compose.yml").toFile());
        compose.at("/services/api/environment").fieldNames().forEachRemaining(variable ->
                assertTrue(provided.contains(variable), variable + " (docker-compose.yml) is not set on Kubernetes"));

        // Our own settings must be ones application.properties reads (a misspelt name is silently ignored).
        String properties = Files.readString(BACKEND.resolve("src/main/resources/application.properties"));
        for (String variable : provided) {
            if (variable.startsWith("PAS_")) {
                assertTrue(properties.contains("${" + variable + ":"), variable + " is not read by application.properties");
            }
        }
    }

    @Test
    void theDatabaseIsACloudNativePgClusterWithAReplicaAndBackups() {
        List<JsonNode> clusters = ofKind(handWritten, "Cluster");
        assertFalse(clusters.isEmpty(), "CloudNativePG clusters in deploy/");
        for (JsonNode cluster : clusters) {
            String name = name(cluster);
            assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
            assertTrue(cluster.at("/spec/instances").asInt() >= 2, name + ": a primary and at least one replica");
            JsonNode store = cluster.at("/spec/backup/barmanObjectStore");
            assertFalse(store.path("destinationPath").asText().isBlank(), name + ": backups to an object store");
            assertFalse(store.at("/s3Credentials/secretAccessKey/name").asText().isBlank(), name + ": store keys from a Secret");
            assertTrue(ofKind(handWritten, "ScheduledBackup").stream()
                    .anyMatch(backup -> backup.at("/spec/cluster/name").asText().equals(name)), name + ": a ScheduledBackup");
        }

        // The API connects to the primary of pas-db, with the login CloudNativePG writes for it.
        JsonNode pasDb = one(handWritten, "Cluster", "pas-db");
        String jdbcUrl = one(handWritten, "ConfigMap", API).at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText();
        assertEquals("jdbc:postgresql://pas-db-rw:5432/" + pasDb.at("/spec/bootstrap/initdb/database").asText(), jdbcUrl);
        for (JsonNode env : apiContainer().path("env")) {
            if (env.path("name").asText().startsWith("QUARKUS_DATASOURCE_")) {
                assertEquals("pas-db-app", env.at("/valueFrom/secretKeyRef/name").asText(), env.path("name").asText());
            }
        }
    }

    @Test
    void keycloakRunsTwoInstancesOnItsOwnDatabase() {
        JsonNode keycloak = one(handWritten, "Keycloak", "keycloak");
        assertTrue(keycloak.at("/spec/instances").asInt() >= 2, "Keycloak instances");
        String database = keycloak.at("/spec/db/host").asText().replaceFirst("-rw$", "");
        one(handWritten, "Cluster", database);
        assertEquals(database + "-app", keycloak.at("/spec/db/passwordSecret/name").asText());
        assertEquals(keycloak.at("/spec/hostname/hostname").asText() + "/realms/pas",
                one(handWritten, "ConfigMap", API).at("/data/PAS_OIDC_ISSUER").asText(), "the API trusts this Keycloak");
    }

    /**
     * The imported realm is the development realm without its demo users, test clients and their flow; only URLs
     * differ, and where the brokered identity providers are; a TOTP code is good once.
     */
    @Test
    void theImportedRealmKeepsUpWithTheDevelopmentRealm() throws IOException {
        JsonNode imported = one(handWritten, "KeycloakRealmImport", "pas");
        assertEquals("keycloak", imported.at("/spec/keycloakCRName").asText());
        ObjectNode realm = (ObjectNode) imported.at("/spec/realm").deepCopy();
        ObjectNode development = (ObjectNode) new ObjectMapper().readTree(BACKEND.resolve("keycloak/pas-realm.json").toFile());

        assertFalse(realm.has("users"), "no demo users in production");
        development.remove("users");
        List<JsonNode> developmentClients = new ArrayList<>();
        development.path("clients").forEach(client -> {
            if (!client.path("directAccessGrantsEnabled").asBoolean()) {
                developmentClients.add(withoutUrls(client));
            }
        });
        List<JsonNode> importedClients = new ArrayList<>();
        realm.path("clients").forEach(client -> importedClients.add(withoutUrls(client)));
        assertEquals(developmentClients, importedClients, "clients (redirect URIs and web origins aside)");
        development.remove("clients");
        realm.remove("clients");

        assertFalse(realm.path("otpPolicyCodeReusable").asBoolean(true), "a TOTP code is good once in production");
        development.remove("otpPolicyCodeReusable");
        realm.remove("otpPolicyCodeReusable");
        ArrayNode flows = (ArrayNode) development.path("authenticationFlows");
        for (int i = flows.size() - 1; i >= 0; i--) {
            if (flows.get(i).path("alias").asText().equals("pas direct grant password only")) {
                flows.remove(i);   // the flow of the test client pas-cli-no-mfa
            }
        }
        for (ObjectNode node : List.of(development, realm)) {
            node.path("identityProviders").forEach(idp -> ((ObjectNode) idp).remove("config"));
        }
        assertEquals(development, realm, "realm settings, roles, flows, brokered providers (their endpoints aside)");
    }

    // --- reading ---

    static List<JsonNode> read(Path file) {
        assertTrue(Files.exists(file), file + " is missing (it is written by ./mvnw package)");
        try (var parser = YAML.createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(document -> {
                if (document != null && !document.isEmpty()) {
                    documents.add(document);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /** Every manifest in deploy/, each listed in its kustomization (so that kubectl apply -k misses none). */
    static List<JsonNode> readDeployDirectory() {
        List<String> listed = new ArrayList<>();
        read(DEPLOY.resolve("kustomization.yaml")).get(0).path("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(DEPLOY)) {
            List<String> manifests = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                    .sorted().toList();
            assertEquals(manifests, listed.stream().sorted().toList(), "deploy/kustomization.yaml resources");
            return manifests.stream().flatMap(f -> read(DEPLOY.resolve(f)).stream()).toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + DEPLOY, e);
        }
    }

    static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    static JsonNode one(List<JsonNode> documents, String kind, String name) {
        List<JsonNode> found = ofKind(documents, kind).stream().filter(d -> name(d).equals(name)).toList();
        if (found.size() != 1) {
            fail(found.size() + " " + kind + " named " + name);
        }
        return found.get(0);
    }

    static JsonNode apiContainer() {
        for (JsonNode container : one(generated, "Deployment", API).at("/spec/template/spec/containers")) {
            if (container.path("name").asText().equals(API)) {
                return container;
            }
        }
        throw new AssertionError("no container " + API + " in the Deployment " + API);
    }

    static String name(JsonNode document) {
        return document.at("/metadata/name").asText();
    }

    static boolean selects(JsonNode matchLabels, JsonNode podLabels) {
        if (matchLabels.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> label : matchLabels.properties()) {
            if (!label.getValue().equals(podLabels.get(label.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static void assertProbe(JsonNode container, String probe, String path) {
        assertEquals(path, container.at("/" + probe + "/httpGet/path").asText(), probe);
        assertEquals(API_PORT, container.at("/" + probe + "/httpGet/port").asInt(), probe + " port");
    }

    static JsonNode withoutUrls(JsonNode client) {
        ObjectNode copy = client.deepCopy();
        copy.remove(List.of("redirectUris", "webOrigins"));
        return copy;
    }

    static String match(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), "no " + regex);
        return matcher.group(1);
    }

    /** A Kubernetes memory quantity (512Mi, 2Gi, 640M) in bytes. */
    static long bytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi|k|M|G)?").matcher(quantity);
        assertTrue(m.matches(), "memory quantity " + quantity);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "" : m.group(2)) {
            case "Ki" -> n << 10;
            case "Mi" -> n << 20;
            case "Gi" -> n << 30;
            case "k" -> n * 1_000;
            case "M" -> n * 1_000_000;
            case "G" -> n * 1_000_000_000;
            default -> n;
        };
    }
}
