package org.openpas.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.DIRECTOR;
import static org.openpas.testing.Users.OTHER_DIRECTOR;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openpas.testing.Api;
import org.openpas.testing.Race;
import org.openpas.testing.TestData;

/**
 * The request id, as openapi.yaml's info.description states it: every answer carries X-Request-Id (the
 * request's when it is 1 to 64 of A-Z a-z 0-9 . _ -, else a new UUID); a problem's instance is
 * urn:uuid:&lt;id&gt; (urn:pas:request:&lt;id&gt; when not a UUID); audit events store the id and the instance name.
 */
@QuarkusTest
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TestHTTPResource
    URI url;

    @Test
    void anAuditedRefusalCarriesTheProxysIdInTheHeaderTheProblemAndTheAuditEvent() {
        String clinic = TestData.clinic(DIRECTOR);
        String etag = TestData.etag("/api/v1/clinics/" + clinic + "/hours", ADMIN, Roles.ADMIN);
        String id = UUID.randomUUID().toString();

        Api.as(OTHER_DIRECTOR, Roles.MEDICAL_DIRECTOR).header("X-Request-Id", id)
                .header("If-Match", etag).body("{\"hours\": []}")
                .when().put("/api/v1/clinics/" + clinic + "/hours")
                .then().statusCode(403).header("X-Request-Id", id).body("instance", equalTo("urn:uuid:" + id));

        String instance = ConfigProvider.getConfig().getValue("pas.instance", String.class);
        Api.as(ADMIN, Roles.ADMIN).queryParam("resourceType", "CLINIC").queryParam("resourceId", clinic)
                .when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.find { it.outcome == 'DENIED' }.requestId", equalTo(id))
                .body("items.find { it.outcome == 'DENIED' }.instance", equalTo(instance))
                // The creation, in another request without the header: a generated id of its own.
                .body("items.find { it.action == 'CLINIC_CREATE' }.requestId", matchesPattern(UUID_PATTERN))
                .body("items.find { it.action == 'CLINIC_CREATE' }.requestId", not(equalTo(id)));
    }

    @Test
    void theInstanceIsNamedAfterTheHostAndProcessByDefault() {
        String instance = ConfigProvider.getConfig().getValue("pas.instance", String.class);
        assertTrue(instance.endsWith("-" + ProcessHandle.current().pid()), instance);
    }

    @Test
    void withoutTheHeaderTheServerMakesAnId() {
        Response answer = Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/clinics/" + UUID.randomUUID());
        String id = answer.then().statusCode(404).header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");
        answer.then().body("instance", equalTo("urn:uuid:" + id));
        // Successes carry it too.
        Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/me")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void aSaneIdThatIsNoUuidIsKeptAsAnUrnOfPas() {
        Api.anonymous().header("X-Request-Id", "haproxy.7f3a_01-b")
                .when().get("/api/v1/me")
                .then().statusCode(401).header("X-Request-Id", "haproxy.7f3a_01-b")
                .body("instance", equalTo("urn:pas:request:haproxy.7f3a_01-b"));
    }

    @Test
    void anInsaneIdIsReplaced() throws Exception {
        for (String insane : List.of("x".repeat(65), "a b", "<script>", "id;drop", "é")) {
            Response answer = Api.invalidAs(ADMIN, Roles.ADMIN).header("X-Request-Id", insane)
                    .when().get("/api/v1/no-such-thing");
            String id = answer.then().statusCode(404).header("X-Request-Id", matchesPattern(UUID_PATTERN))
                    .extract().header("X-Request-Id");
            answer.then().body("instance", equalTo("urn:uuid:" + id));
        }
        // A control character cannot be sent by an HTTP client library: a raw request. (The HTTP codec
        // refuses such a header with a bare 400 before any handler runs; either way the value is not echoed.)
        String raw = rawGet("/api/v1/no-such-thing", "X-Request-Id: abc\u0001def");
        assertFalse(raw.contains("abc\u0001def"), raw);
        assertFalse(raw.toLowerCase().matches("(?s).*\r\nx-request-id: (?!" + UUID_PATTERN + "\r\n).*"), raw);
    }

    /** Concurrent requests on the event loops and worker threads never see each other's id. */
    @Test
    void concurrentRequestsKeepTheirOwnIds() throws Exception {
        List<Callable<String[]>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = UUID.randomUUID().toString();
            // Alternately a 404 of a resource method (worker thread) and a 401 (answered before the method).
            boolean signedIn = i % 2 == 0;
            calls.add(() -> {
                var request = signedIn ? Api.as(ADMIN, Roles.ADMIN) : Api.anonymous();
                String instance = request.header("X-Request-Id", id)
                        .when().get("/api/v1/clinics/" + UUID.randomUUID())
                        .then().statusCode(signedIn ? 404 : 401).header("X-Request-Id", id)
                        .extract().path("instance");
                return new String[] {id, instance};
            });
        }
        for (String[] result : Race.run(calls, 8)) {
            assertEquals("urn:uuid:" + result[0], result[1]);
        }
    }

    @Test
    void metricsCarryTheInstanceAndPathTemplatesNotIds() {
        String clinic = TestData.clinic(DIRECTOR);
        Api.as(ADMIN, Roles.ADMIN).when().get("/api/v1/clinics/" + clinic).then().statusCode(200);
        String instance = ConfigProvider.getConfig().getValue("pas.instance", String.class);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> clinicReads = metrics.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{"))
                .filter(line -> line.contains("method=\"GET\"") && line.contains("status=\"200\""))
                .filter(line -> line.contains("uri=\"/clinics/{clinicId}\""))
                .toList();
        // The template is relative to the API's root (/api/v1).
        assertEquals(1, clinicReads.size(), "one series for every read of a clinic, by path template: " + clinicReads);
        assertTrue(clinicReads.get(0).contains("instance=\"" + instance + "\""), clinicReads.get(0));
        assertTrue(metrics.contains("jvm_memory_used_bytes{"), "JVM metrics too");
        assertFalse(metrics.contains(clinic), "never by id");
    }

    private String rawGet(String path, String header) throws Exception {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
