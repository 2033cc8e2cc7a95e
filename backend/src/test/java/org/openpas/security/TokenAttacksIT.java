package org.openpas.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpas.testing.DemoOtp;
import org.openpas.testing.ForgedTokens;

/**
 * Token attacks against the packaged API in production mode with the REAL Keycloak's keys: tokens
 * Keycloak issued, then misused or forged. All 401, or 403 where the token is valid but the role is
 * wrong; never 5xx.
 */
@QuarkusIntegrationTest
class TokenAttacksIT {

    private static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL",
            "http://localhost:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180"));

    /** A password grant; in the pas realm, staff send their TOTP code too. */
    private static String token(String realm, String client, String username, String password) {
        var request = given().baseUri(KEYCLOAK).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", username).formParam("password", password);
        String otp = realm.equals("pas") ? DemoOtp.code(username) : null;
        if (otp != null) {
            request.formParam("totp", otp);
        }
        return request.when().post("/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void tokensFromTheRealKeycloakMisusedOrForgedAreRefused() {
        String admin = token("pas", "pas-cli", "admin", "pas-demo-1");
        String patient = token("pas", "pas-cli", "pat.jones", "pas-demo-1");
        String realmKey = given().baseUri(KEYCLOAK).when().get("/realms/pas/protocol/openid-connect/certs")
                .then().statusCode(200).extract().path("keys.find { it.use == 'sig' }.x5c[0]");
        var promoted = ForgedTokens.payload(patient);
        promoted.putObject("realm_access").putArray("roles").add("admin");

        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("alg none", ForgedTokens.unsigned(admin));
        attacks.put("HS256 keyed with the realm's public key", ForgedTokens.hs256(admin, realmKey.getBytes(StandardCharsets.US_ASCII)));
        attacks.put("tampered roles, old signature", ForgedTokens.withPayload(patient, promoted));
        attacks.put("same claims signed by an unknown key", ForgedTokens.signedByUnknownKey(admin));
        attacks.put("token of another realm (master)", token("master", "admin-cli", "admin", "admin"));
        attacks.put("token for another audience (admin-cli)", token("pas", "admin-cli", "admin", "pas-demo-1"));
        attacks.put("garbage", "eyJhbGciOiJSUzI1NiJ9.garbage.garbage");
        for (var attack : attacks.entrySet()) {
            given().auth().oauth2(attack.getValue()).when().get("/api/v1/audit-events")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().auth().oauth2(patient).when().get("/api/v1/audit-events").then().statusCode(403);
        given().auth().oauth2(admin).when().get("/api/v1/audit-events").then().statusCode(200);
        System.out.println("Token attacks (real Keycloak keys): " + attacks.size() + " forged or misused tokens 401, "
                + "a valid patient token 403, the admin's 200");
        assertTrue(attacks.size() >= 7);
    }
}
