package org.openpas.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openpas.testing.Users.ADMIN;
import static org.openpas.testing.Users.PATIENT;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpas.common.Roles;
import org.openpas.testing.ForgedTokens;
import org.openpas.testing.Tokens;

/**
 * Token attacks (ASVS 5.0 chapter 9) against the API's token verification, with the test key
 * standing in for Keycloak's (TokenAttacksIT repeats what can be done with the real Keycloak's
 * keys). Every forged token is 401 problem+json; a valid token without the role is 403; never 5xx.
 */
@QuarkusTest
class TokenAttacksTest {

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static String admin() {
        return Tokens.of(ADMIN, Roles.ADMIN);
    }

    @Test
    void forgedExpiredMisdirectedAndRoleInjectedTokensAreRefused() throws Exception {
        String valid = admin();
        var roles = Map.of("roles", List.of("admin"));
        byte[] publicKey = Files.readAllBytes(Path.of("src/test/resources/testkeys/publicKey.pem"));
        var adminPayload = ForgedTokens.payload(Tokens.of(PATIENT, Roles.PATIENT));
        adminPayload.putObject("realm_access").putArray("roles").add("admin");

        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("garbage", "not.a.jwt");
        attacks.put("alg none", ForgedTokens.unsigned(valid));
        attacks.put("HS256 keyed with the public key", ForgedTokens.hs256(valid, publicKey));
        attacks.put("expired", Jwt.issuer(Tokens.ISSUER).subject(ADMIN).audience("pas-api").claim("realm_access", roles)
                .issuedAt(now() - 600).expiresAt(now() - 15).sign()); // beyond the 5 s clock skew allowed
        attacks.put("not yet valid", Jwt.issuer(Tokens.ISSUER).subject(ADMIN).audience("pas-api").claim("realm_access", roles)
                .claim("nbf", now() + 600).issuedAt(now()).expiresAt(now() + 900).sign());
        attacks.put("wrong issuer", Jwt.issuer("http://localhost:8180/realms/evil").subject(ADMIN).audience("pas-api")
                .claim("realm_access", roles).expiresIn(300).sign());
        attacks.put("another realm's issuer", Jwt.issuer("http://localhost:8180/realms/master").subject(ADMIN)
                .audience("pas-api").claim("realm_access", roles).expiresIn(300).sign());
        attacks.put("wrong audience", Jwt.issuer(Tokens.ISSUER).subject(ADMIN).audience("account")
                .claim("realm_access", roles).expiresIn(300).sign());
        attacks.put("no audience", Jwt.issuer(Tokens.ISSUER).subject(ADMIN).claim("realm_access", roles).expiresIn(300).sign());
        attacks.put("tampered payload, old signature", ForgedTokens.withPayload(Tokens.of(PATIENT, Roles.PATIENT), adminPayload));
        attacks.put("signed by an unknown key", ForgedTokens.signedByUnknownKey(valid));
        attacks.put("signature stripped", valid.substring(0, valid.lastIndexOf('.') + 1));

        for (var attack : attacks.entrySet()) {
            given().header("Authorization", "Bearer " + attack.getValue())
                    .when().get("/api/v1/audit-events")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        // Roles put anywhere but realm_access.roles give nothing: 403 for a validly signed token.
        Map<String, String> injected = new LinkedHashMap<>();
        injected.put("groups claim", Jwt.issuer(Tokens.ISSUER).subject(PATIENT).audience("pas-api").groups("admin")
                .claim("realm_access", Map.of("roles", List.of("patient"))).expiresIn(300).sign());
        injected.put("resource_access roles", Jwt.issuer(Tokens.ISSUER).subject(PATIENT).audience("pas-api")
                .claim("resource_access", Map.of("pas-api", Map.of("roles", List.of("admin"))))
                .claim("realm_access", Map.of("roles", List.of("patient"))).expiresIn(300).sign());
        injected.put("top-level roles claim", Jwt.issuer(Tokens.ISSUER).subject(PATIENT).audience("pas-api")
                .claim("roles", List.of("admin")).claim("realm_access", Map.of("roles", List.of("patient")))
                .expiresIn(300).sign());
        injected.put("scope claim", Jwt.issuer(Tokens.ISSUER).subject(PATIENT).audience("pas-api")
                .claim("scope", "openid admin").claim("realm_access", Map.of("roles", List.of("patient")))
                .expiresIn(300).sign());
        for (var attack : injected.entrySet()) {
            given().header("Authorization", "Bearer " + attack.getValue())
                    .when().get("/api/v1/audit-events")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().when().get("/api/v1/audit-events").then().statusCode(401);
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").when().get("/api/v1/audit-events").then().statusCode(401);
        given().header("Authorization", "Bearer " + valid).when().get("/api/v1/audit-events").then().statusCode(200);
        int total = attacks.size() + injected.size() + 2;
        System.out.println("Token attacks (test key): " + total + " forged or misused tokens refused ("
                + attacks.size() + " x 401, " + injected.size() + " x 403, no token and Basic auth 401)");
        assertEquals(18, total);
    }
}
