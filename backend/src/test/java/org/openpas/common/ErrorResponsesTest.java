package org.openpas.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.PROVIDER;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openpas.testing.Api;
import org.openpas.testing.Tokens;

/** Whatever goes wrong, the client gets application/problem+json with the right 4xx and no internals. */
@QuarkusTest
class ErrorResponsesTest {

    @Test
    void anUnknownPathIsA404Problem() {
        given().header("Authorization", Tokens.bearer(ADMIN, Roles.ADMIN))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not Found"))
                .body("instance", startsWith("urn:uuid:"));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().header("Authorization", Tokens.bearer(ADMIN, Roles.ADMIN))
                .when().delete("/api/v1/communities")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void aTokenThatIsExpiredForgedOrForAnotherAudienceIsA401Problem() {
        String expired = io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).subject(ADMIN).audience("pas-api")
                .claim("realm_access", java.util.Map.of("roles", java.util.List.of("admin")))
                .issuedAt(System.currentTimeMillis() / 1000 - 600).expiresAt(System.currentTimeMillis() / 1000 - 300)
                .sign();
        String otherIssuer = io.smallrye.jwt.build.Jwt.issuer("http://evil.example/realms/pas").subject(ADMIN)
                .audience("pas-api").claim("realm_access", java.util.Map.of("roles", java.util.List.of("admin")))
                .expiresIn(300).sign();
        String otherAudience = io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).subject(ADMIN).audience("account")
                .claim("realm_access", java.util.Map.of("roles", java.util.List.of("admin")))
                .expiresIn(300).sign();
        for (String token : new String[] {expired, otherIssuer, otherAudience, "not.a.jwt", ""}) {
            given().header("Authorization", "Bearer " + token)
                    .when().get("/api/v1/me")
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
    }

    @Test
    void rolesOutsideRealmAccessGrantNothing() {
        String groupsOnly = io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).subject(ADMIN).audience("pas-api")
                .groups("admin").expiresIn(300).sign();
        given().header("Authorization", "Bearer " + groupsOnly).contentType("application/json")
                .body("{\"name\": \"Injected\", \"healthAuthority\": \"ISLAND\"}")
                .when().post("/api/v1/communities")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void problemsNeverLeakClassNamesOrStackTraces() {
        Api.invalidAs(ADMIN, Roles.ADMIN).body("{\"name\": [1, 2], \"healthAuthority\": {}}")
                .when().post("/api/v1/communities")
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("org.openpas")))
                .body(not(containsString("Exception")));
    }
}
