package org.openpas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.openpas.testing.Users.ADMIN;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openpas.testing.Api;
import org.openpas.testing.Tokens;

@QuarkusTest
class BodyLimitsTest {

    @TestHTTPResource
    URI url;

    @Test
    void aJsonBodyOver64KiBIsA413Problem() {
        String big = "{\"name\": \"" + "x".repeat(70 * 1024) + "\", \"healthAuthority\": \"ISLAND\"}";
        Api.invalidAs(ADMIN, Roles.ADMIN).body(big).when().post("/api/v1/communities")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("64 KiB"));
    }

    /** The server refuses before reading the body, so the client asks first (Expect: 100-continue), as curl does. */
    @Test
    void aBodyOverTheHttpLimitIsA413ProblemToo() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/api/v1/communities"))
                .expectContinue(true)
                .header("Authorization", Tokens.bearer(ADMIN, Roles.ADMIN))
                .header("Content-Type", "application/octet-stream")
                .header("X-Request-Id", "big-body.1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[11 * 1024 * 1024]))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        // Refused before the REST layer, it still names its request.
        assertEquals("big-body.1", response.headers().firstValue("X-Request-Id").orElse(""));
        assertThat(response.body(), containsString("\"instance\":\"urn:pas:request:big-body.1\""));
    }
}
